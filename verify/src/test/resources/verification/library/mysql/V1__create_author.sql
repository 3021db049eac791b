create table author (id bigint not null auto_increment, email varchar(255), full_name varchar(100) not null, primary key (id)) engine=InnoDB;
alter table author add constraint UKgrm3merlhi91rac0mu26swyhf unique (email);
