set lock_timeout = '100ms';
create or replace procedure pg_temp.godwit_retry(step text) language plpgsql as $godwit$
begin
  for attempt in 1..30 loop
    begin
      execute step;
      return;
    exception when lock_not_available then
      perform pg_sleep(least(0.05 * 2 ^ attempt, 2) * (0.5 + random()));
    end;
  end loop;
  raise exception using errcode = 'lock_not_available',
    message = 'Godwit: no lock after 30 attempts; another session (a long transaction, a vacuum) holds the table: ' || step;
end $godwit$;

create schema if not exists ledger;

create sequence ledger.account_seq start with 1 increment by 10;

create table holder (id bigint not null, account_id bigint, primary key (id));

create table ledger.account (id bigint not null, holder varchar(80) not null, primary key (id), constraint account_holder_key unique (holder));

create table posting (id bigint not null, account_id bigint not null, amount numeric(12,2), primary key (id));

call pg_temp.godwit_retry($$alter table holder add constraint FKglne8v6mt9i8ioeifuj28qyj9 foreign key (account_id) references ledger.account (id)$$);

call pg_temp.godwit_retry($$alter table posting add constraint FKraq6q5etxuokbkmb4y02d2hn7 foreign key (account_id) references ledger.account (id)$$);
