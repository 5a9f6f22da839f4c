-- Per-unit member counts, kept by the database in the same transaction as every write to member.
-- A unit's row counts the members whose current unit is that unit (its direct members, by status), never its
-- subtree: a write touches one or two rows of its own cell, so the province has no hot row. A subtree's figure is
-- the sum over the subtree's units (an ltree index scan over units, ~52,000 rows at 1.1 million members instead of
-- every member). docs/decisions.md, "Scale: per-unit rollups".
CREATE TABLE unit_member_rollup (
  unit_id   bigint NOT NULL REFERENCES org_unit(id),
  status    member_status NOT NULL,
  gender    text NOT NULL CHECK (gender IN ('male','female')),
  n         integer NOT NULL,  -- no CHECK (n >= 0): it would be checked on ON CONFLICT's proposed row, a negative delta
  PRIMARY KEY (unit_id, status, gender)
);

-- Adds each group's delta (parallel arrays); rows that fall to zero are removed, so the table holds only what exists.
CREATE FUNCTION unit_member_rollup_add(units bigint[], statuses member_status[], genders text[], deltas integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_member_rollup AS r (unit_id, status, gender, n)
  SELECT * FROM unnest(units, statuses, genders, deltas) AS d(unit_id, status, gender, n)
  WHERE d.n <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (unit_id, status, gender) DO UPDATE SET n = r.n + EXCLUDED.n;
  DELETE FROM unit_member_rollup r
  USING unnest(units, statuses, genders) AS d(unit_id, status, gender)
  WHERE r.unit_id = d.unit_id AND r.status = d.status AND r.gender = d.gender AND r.n = 0;
END $$;

CREATE FUNCTION unit_member_rollup_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_member_rollup_add(array_agg(unit_id), array_agg(status), array_agg(gender), array_agg(n))
  FROM (SELECT unit_id, status, gender, count(*)::int AS n FROM new_rows GROUP BY 1, 2, 3) g;
  RETURN NULL;
END $$;

CREATE FUNCTION unit_member_rollup_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_member_rollup_add(array_agg(unit_id), array_agg(status), array_agg(gender), array_agg(-n))
  FROM (SELECT unit_id, status, gender, count(*)::int AS n FROM old_rows GROUP BY 1, 2, 3) g;
  RETURN NULL;
END $$;

CREATE FUNCTION unit_member_rollup_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_member_rollup_add(array_agg(unit_id), array_agg(status), array_agg(gender), array_agg(n))
  FROM (
    SELECT unit_id, status, gender, sum(n)::int AS n FROM (
      SELECT o.unit_id, o.status, o.gender, -1 AS n FROM old_rows o
      UNION ALL
      SELECT w.unit_id, w.status, w.gender, 1 FROM new_rows w
    ) x GROUP BY 1, 2, 3 HAVING sum(n) <> 0
  ) g;
  RETURN NULL;
END $$;

-- Statement-level with transition tables: a COPY of 100,000 members is one aggregate, not 100,000 upserts.
CREATE TRIGGER member_rollup_insert AFTER INSERT ON member
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_member_rollup_on_insert();
CREATE TRIGGER member_rollup_delete AFTER DELETE ON member
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_member_rollup_on_delete();
CREATE TRIGGER member_rollup_update AFTER UPDATE ON member
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_member_rollup_on_update();

-- TRUNCATE (test fixtures, restore) empties the rollup with the table.
CREATE FUNCTION unit_member_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM unit_member_rollup;
  RETURN NULL;
END $$;
CREATE TRIGGER member_rollup_truncate AFTER TRUNCATE ON member
  FOR EACH STATEMENT EXECUTE FUNCTION unit_member_rollup_on_truncate();

INSERT INTO unit_member_rollup (unit_id, status, gender, n)
SELECT unit_id, status, gender, count(*)::int FROM member GROUP BY 1, 2, 3;
