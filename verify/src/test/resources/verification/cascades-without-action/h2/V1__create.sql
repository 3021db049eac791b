create table shelf (id bigint not null, primary key (id));
create table item (id bigint not null, shelf_id bigint, primary key (id));
alter table item add constraint fk_item_shelf foreign key (shelf_id) references shelf (id);
