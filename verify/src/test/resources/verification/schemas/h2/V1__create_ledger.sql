create schema if not exists ledger;

create sequence ledger.account_seq start with 1 increment by 10;

create table holder (id bigint not null, account_id bigint, primary key (id));

create table ledger.account (id bigint not null, holder varchar(80) not null, primary key (id), constraint UKo6k68a3p0doj3612r1tcjjwxg unique (holder));

create table ledger.posting (id bigint not null, account_id bigint not null, amount numeric(12,2), primary key (id));

alter table holder add constraint FKglne8v6mt9i8ioeifuj28qyj9 foreign key (account_id) references ledger.account (id);

alter table ledger.posting add constraint FKraq6q5etxuokbkmb4y02d2hn7 foreign key (account_id) references ledger.account (id);
