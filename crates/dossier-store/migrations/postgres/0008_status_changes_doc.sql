-- Status changes keyed like the ledger (issue 19): twin of sqlite/0008_status_changes_doc.sql.
-- The document that caused a change is the integer `documents.rowid` (`doc`) instead of the
-- content hash; reads take the public id from `documents` by its primary key.

ALTER TABLE status_changes ADD COLUMN doc BIGINT;
UPDATE status_changes s SET doc = d.rowid FROM documents d WHERE d.id = s.doc_id;
DELETE FROM status_changes WHERE doc IS NULL;
ALTER TABLE status_changes DROP COLUMN doc_id;
ALTER TABLE status_changes ALTER COLUMN doc SET NOT NULL;
