-- Serving a photo to a crew member, and deciding after a deletion whether a file is still used,
-- look photos up by file name; without these every such request read the whole photos table.
CREATE INDEX idx_photos_filename ON photos (filename);
CREATE INDEX idx_photos_thumbnail_filename ON photos (thumbnail_filename);
