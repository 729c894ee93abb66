-- A draft may list an inventor before their organisation and share are known; the full form requires them on submission.
alter table achievement_inventors alter column organisation drop not null;
alter table achievement_inventors alter column share drop not null;
