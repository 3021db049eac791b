create table account_seq (next_val bigint) engine=InnoDB;
insert into account_seq values ( 1 );

create table holder (id bigint not null, account_id bigint, primary key (id)) engine=InnoDB;

create table account (id bigint not null, holder varchar(80) not null, primary key (id), constraint UKo6k68a3p0doj3612r1tcjjwxg unique (holder)) engine=InnoDB;

create table posting (id bigint not null, account_id bigint not null, amount decimal(12,2), primary key (id)) engine=InnoDB;

alter table holder add constraint FKglne8v6mt9i8ioeifuj28qyj9 foreign key (account_id) references account (id);

alter table posting add constraint FKraq6q5etxuokbkmb4y02d2hn7 foreign key (account_id) references account (id);
