create table ticket (id bigint not null, primary key (id));
create table ticket_ids (next_val bigint, sequence_name varchar(255) not null, primary key (sequence_name));
insert into ticket_ids (sequence_name, next_val) values ('ticket', 10);
