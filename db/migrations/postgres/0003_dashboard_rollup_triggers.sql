-- The dashboard's rollups (db/schema-pg.ts: request_week_counts, request_close_times,
-- request_open_counts), kept by triggers in the transaction of every change to a request, on every
-- path (use cases, purges, seeds, bulk loads), then filled from the requests already stored.
-- A row's share is added when it appears and taken back when it changes or goes: an update
-- takes back the old row's share and adds the new one's. The same arithmetic as
-- db/views/dashboard.ts: weeks start on Monday 00:00 UTC; time to close is rounded to tenths
-- of a day (8640000 ms).
CREATE FUNCTION requests_rollup_apply(r requests, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF r.status IN ('open', 'in_progress', 'awaiting_requester', 'completed', 'rejected', 'withdrawn') THEN
    INSERT INTO request_week_counts AS c (portal_id, week, type, received)
    VALUES (r.portal_id, date_trunc('week', r.received_at, 'UTC'), r.type, delta)
    ON CONFLICT (portal_id, week, type) DO UPDATE SET received = c.received + excluded.received;
  END IF;
  IF r.status = 'completed' AND r.closed_at IS NOT NULL THEN
    INSERT INTO request_week_counts AS c (portal_id, week, type, completed, on_time)
    VALUES (r.portal_id, date_trunc('week', r.closed_at, 'UTC'), r.type, delta, CASE WHEN r.due_at IS NOT NULL AND r.closed_at <= r.due_at THEN delta ELSE 0 END)
    ON CONFLICT (portal_id, week, type) DO UPDATE SET completed = c.completed + excluded.completed, on_time = c.on_time + excluded.on_time;
    INSERT INTO request_close_times AS c (portal_id, week, tenths, n)
    VALUES (r.portal_id, date_trunc('week', r.closed_at, 'UTC'), floor(((extract(epoch from r.closed_at) - extract(epoch from r.received_at)) * 1000 + 4320000) / 8640000), delta)
    ON CONFLICT (portal_id, week, tenths) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  IF r.status IN ('open', 'in_progress', 'awaiting_requester') THEN
    INSERT INTO request_open_counts AS c (portal_id, n) VALUES (r.portal_id, delta)
    ON CONFLICT (portal_id) DO UPDATE SET n = c.n + excluded.n;
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION requests_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM requests_rollup_apply(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM requests_rollup_apply(NEW, 1); END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER requests_rollup_insert_delete AFTER INSERT OR DELETE ON requests
FOR EACH ROW EXECUTE FUNCTION requests_rollup();
--> statement-breakpoint
CREATE TRIGGER requests_rollup_update AFTER UPDATE OF status, portal_id, type, received_at, closed_at, due_at ON requests
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.portal_id IS DISTINCT FROM NEW.portal_id OR OLD.type IS DISTINCT FROM NEW.type OR OLD.received_at IS DISTINCT FROM NEW.received_at OR OLD.closed_at IS DISTINCT FROM NEW.closed_at OR OLD.due_at IS DISTINCT FROM NEW.due_at)
EXECUTE FUNCTION requests_rollup();
--> statement-breakpoint
INSERT INTO request_week_counts (portal_id, week, type, received, completed, on_time)
SELECT portal_id, week, type, sum(received), sum(completed), sum(on_time) FROM (
  SELECT portal_id, date_trunc('week', received_at, 'UTC') AS week, type, 1 AS received, 0 AS completed, 0 AS on_time
  FROM requests WHERE status IN ('open', 'in_progress', 'awaiting_requester', 'completed', 'rejected', 'withdrawn')
  UNION ALL
  SELECT portal_id, date_trunc('week', closed_at, 'UTC'), type, 0, 1, CASE WHEN due_at IS NOT NULL AND closed_at <= due_at THEN 1 ELSE 0 END
  FROM requests WHERE status = 'completed' AND closed_at IS NOT NULL
) AS shares GROUP BY portal_id, week, type;
--> statement-breakpoint
INSERT INTO request_close_times (portal_id, week, tenths, n)
SELECT portal_id, date_trunc('week', closed_at, 'UTC'), floor(((extract(epoch from closed_at) - extract(epoch from received_at)) * 1000 + 4320000) / 8640000), count(*)
FROM requests WHERE status = 'completed' AND closed_at IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO request_open_counts (portal_id, n)
SELECT portal_id, count(*) FROM requests WHERE status IN ('open', 'in_progress', 'awaiting_requester') GROUP BY portal_id;
