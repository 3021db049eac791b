create table book (id bigint not null, price numeric(10,2), title varchar(255) not null, author_id bigint not null, primary key (id));
create index idx_book_title on book (title);
alter table book add constraint FKklnrv3weler2ftkweewlky958 foreign key (author_id) references author;
