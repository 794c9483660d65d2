-- The dashboard's rollups (db/schema-sqlite.ts: request_week_counts, request_close_times,
-- request_open_counts), kept by triggers in the transaction of every change to a request, on every
-- path (use cases, purges, seeds, bulk loads), then filled from the requests already stored.
-- A row's share is added when it appears and taken back when it changes or goes: an update
-- takes back the old row's share and adds the new one's. The same arithmetic as
-- db/views/dashboard.ts: weeks start on Monday 00:00 UTC (1970-01-05 is the first Monday,
-- 345600000 ms after the epoch); time to close is rounded to tenths of a day (8640000 ms).
CREATE TRIGGER requests_rollup_insert AFTER INSERT ON requests BEGIN
  INSERT INTO request_week_counts (portal_id, week, type, received)
    SELECT new.portal_id, new.received_at - ((new.received_at - 345600000) % 604800000), new.type, 1
    WHERE new.status IN ('open', 'in_progress', 'awaiting_requester', 'completed', 'rejected', 'withdrawn')
    ON CONFLICT DO UPDATE SET received = received + excluded.received;
  INSERT INTO request_week_counts (portal_id, week, type, completed, on_time)
    SELECT new.portal_id, new.closed_at - ((new.closed_at - 345600000) % 604800000), new.type, 1, 1 * (new.due_at IS NOT NULL AND new.closed_at <= new.due_at)
    WHERE new.status = 'completed' AND new.closed_at IS NOT NULL
    ON CONFLICT DO UPDATE SET completed = completed + excluded.completed, on_time = on_time + excluded.on_time;
  INSERT INTO request_close_times (portal_id, week, tenths, n)
    SELECT new.portal_id, new.closed_at - ((new.closed_at - 345600000) % 604800000), (new.closed_at - new.received_at + 4320000) / 8640000, 1
    WHERE new.status = 'completed' AND new.closed_at IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO request_open_counts (portal_id, n)
    SELECT new.portal_id, 1
    WHERE new.status IN ('open', 'in_progress', 'awaiting_requester')
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER requests_rollup_delete AFTER DELETE ON requests BEGIN
  INSERT INTO request_week_counts (portal_id, week, type, received)
    SELECT old.portal_id, old.received_at - ((old.received_at - 345600000) % 604800000), old.type, -1
    WHERE old.status IN ('open', 'in_progress', 'awaiting_requester', 'completed', 'rejected', 'withdrawn')
    ON CONFLICT DO UPDATE SET received = received + excluded.received;
  INSERT INTO request_week_counts (portal_id, week, type, completed, on_time)
    SELECT old.portal_id, old.closed_at - ((old.closed_at - 345600000) % 604800000), old.type, -1, -1 * (old.due_at IS NOT NULL AND old.closed_at <= old.due_at)
    WHERE old.status = 'completed' AND old.closed_at IS NOT NULL
    ON CONFLICT DO UPDATE SET completed = completed + excluded.completed, on_time = on_time + excluded.on_time;
  INSERT INTO request_close_times (portal_id, week, tenths, n)
    SELECT old.portal_id, old.closed_at - ((old.closed_at - 345600000) % 604800000), (old.closed_at - old.received_at + 4320000) / 8640000, -1
    WHERE old.status = 'completed' AND old.closed_at IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO request_open_counts (portal_id, n)
    SELECT old.portal_id, -1
    WHERE old.status IN ('open', 'in_progress', 'awaiting_requester')
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER requests_rollup_update AFTER UPDATE OF status, portal_id, type, received_at, closed_at, due_at ON requests
WHEN old.status IS NOT new.status OR old.portal_id IS NOT new.portal_id OR old.type IS NOT new.type OR old.received_at IS NOT new.received_at OR old.closed_at IS NOT new.closed_at OR old.due_at IS NOT new.due_at
BEGIN
  INSERT INTO request_week_counts (portal_id, week, type, received)
    SELECT old.portal_id, old.received_at - ((old.received_at - 345600000) % 604800000), old.type, -1
    WHERE old.status IN ('open', 'in_progress', 'awaiting_requester', 'completed', 'rejected', 'withdrawn')
    ON CONFLICT DO UPDATE SET received = received + excluded.received;
  INSERT INTO request_week_counts (portal_id, week, type, completed, on_time)
    SELECT old.portal_id, old.closed_at - ((old.closed_at - 345600000) % 604800000), old.type, -1, -1 * (old.due_at IS NOT NULL AND old.closed_at <= old.due_at)
    WHERE old.status = 'completed' AND old.closed_at IS NOT NULL
    ON CONFLICT DO UPDATE SET completed = completed + excluded.completed, on_time = on_time + excluded.on_time;
  INSERT INTO request_close_times (portal_id, week, tenths, n)
    SELECT old.portal_id, old.closed_at - ((old.closed_at - 345600000) % 604800000), (old.closed_at - old.received_at + 4320000) / 8640000, -1
    WHERE old.status = 'completed' AND old.closed_at IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO request_open_counts (portal_id, n)
    SELECT old.portal_id, -1
    WHERE old.status IN ('open', 'in_progress', 'awaiting_requester')
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO request_week_counts (portal_id, week, type, received)
    SELECT new.portal_id, new.received_at - ((new.received_at - 345600000) % 604800000), new.type, 1
    WHERE new.status IN ('open', 'in_progress', 'awaiting_requester', 'completed', 'rejected', 'withdrawn')
    ON CONFLICT DO UPDATE SET received = received + excluded.received;
  INSERT INTO request_week_counts (portal_id, week, type, completed, on_time)
    SELECT new.portal_id, new.closed_at - ((new.closed_at - 345600000) % 604800000), new.type, 1, 1 * (new.due_at IS NOT NULL AND new.closed_at <= new.due_at)
    WHERE new.status = 'completed' AND new.closed_at IS NOT NULL
    ON CONFLICT DO UPDATE SET completed = completed + excluded.completed, on_time = on_time + excluded.on_time;
  INSERT INTO request_close_times (portal_id, week, tenths, n)
    SELECT new.portal_id, new.closed_at - ((new.closed_at - 345600000) % 604800000), (new.closed_at - new.received_at + 4320000) / 8640000, 1
    WHERE new.status = 'completed' AND new.closed_at IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO request_open_counts (portal_id, n)
    SELECT new.portal_id, 1
    WHERE new.status IN ('open', 'in_progress', 'awaiting_requester')
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
INSERT INTO request_week_counts (portal_id, week, type, received, completed, on_time)
SELECT portal_id, week, type, sum(received), sum(completed), sum(on_time) FROM (
  SELECT portal_id, received_at - ((received_at - 345600000) % 604800000) AS week, type, 1 AS received, 0 AS completed, 0 AS on_time
  FROM requests WHERE status IN ('open', 'in_progress', 'awaiting_requester', 'completed', 'rejected', 'withdrawn')
  UNION ALL
  SELECT portal_id, closed_at - ((closed_at - 345600000) % 604800000), type, 0, 1, due_at IS NOT NULL AND closed_at <= due_at
  FROM requests WHERE status = 'completed' AND closed_at IS NOT NULL
) GROUP BY portal_id, week, type;
--> statement-breakpoint
INSERT INTO request_close_times (portal_id, week, tenths, n)
SELECT portal_id, closed_at - ((closed_at - 345600000) % 604800000), (closed_at - received_at + 4320000) / 8640000, count(*)
FROM requests WHERE status = 'completed' AND closed_at IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO request_open_counts (portal_id, n)
SELECT portal_id, count(*) FROM requests WHERE status IN ('open', 'in_progress', 'awaiting_requester') GROUP BY portal_id;
