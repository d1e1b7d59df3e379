-- Readable views: open the file in sqlite3 or Datasette and read the picture without joins.

CREATE VIEW v_documents AS
SELECT d.doc_id, d.published, d.outlet, d.title, d.byline, d.url, d.published_source,
       (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events,
       (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS claims,
       d.ingested_at
FROM documents d;

CREATE VIEW v_events AS
SELECT e.event_id, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2,
       e.location, e.admin1, e.admin2, e.country, e.latitude, e.longitude, e.geo_precision,
       e.fatalities, e.hedged,
       (SELECT group_concat(s.name, '; ') FROM event_sources es JOIN sources s USING (source_id)
         WHERE es.event_id = e.event_id) AS sources,
       d.outlet, d.title, d.published, e.doc_id, e.evidence
FROM events e JOIN documents d USING (doc_id);

CREATE VIEW v_incidents AS
SELECT i.incident_id, i.event_date, i.event_type, i.sub_event_type, i.actor1, i.actor2,
       i.location, i.admin1, i.admin2, i.latitude, i.longitude, i.geo_precision,
       i.fatalities, i.fatalities_low, i.fatalities_best, i.fatalities_high, i.hedged,
       i.n_documents, i.n_sources,
       (SELECT group_concat(s.name, '; ') FROM incident_sources x JOIN sources s USING (source_id)
         WHERE x.incident_id = i.incident_id) AS sources,
       (SELECT group_concat(d.outlet, '; ') FROM incident_documents x JOIN documents d USING (doc_id)
         WHERE x.incident_id = i.incident_id) AS outlets,
       i.evidence
FROM incidents i;

CREATE VIEW v_claims AS
SELECT c.claim_id, c.kind, c.value, c.qualifier, c.words, c.unit, c.subject, c.holder,
       s.name AS source, s.source_type, s.stance AS source_stance, c.hedged, c.hedge,
       c.place, c.origin, c.via, c.destination, c.date,
       d.outlet, d.title, d.published, c.doc_id, c.event_id, c.quote
FROM claims c JOIN sources s USING (source_id) JOIN documents d USING (doc_id);

CREATE VIEW v_disputes AS
SELECT p.dispute_id, p.kind, p.note, p.incident_id,
       group_concat(coalesce(dc.value, '?') || ' per ' || dc.source, ' vs ') AS figures,
       count(dc.claim_id) AS claims
FROM disputes p JOIN dispute_claims dc USING (dispute_id)
GROUP BY p.dispute_id;

CREATE VIEW v_control AS
SELECT place, holder, start, "end", contested, contenders, sources, place_id, interval_id
FROM control_intervals
ORDER BY place COLLATE NOCASE, start;

CREATE VIEW v_failures AS
SELECT f.item_id, f.origin, f.kind, f.error, f.run_id, f.seen_at FROM ingest_failures f;

CREATE VIEW v_runs AS
SELECT run_id, command, status, started_at, finished_at, docs_new, docs_present, failed,
       events, claims, incidents, disputes, inputs
FROM runs ORDER BY run_id;
