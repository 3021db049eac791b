insert into author (email, full_name) values ('ada@example.org', 'Ada Lovelace');
