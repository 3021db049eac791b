create table shelf (id bigint not null, primary key (id)) engine=InnoDB;
create table item (id bigint not null, shelf_id bigint, primary key (id)) engine=InnoDB;
alter table item add constraint fk_item_shelf foreign key (shelf_id) references shelf (id) on delete cascade;
