// npm start — `node build` with a local default for ORIGIN. adapter-node assumes https when
// ORIGIN is unset, which would make form posts on http://localhost fail the CSRF check.
// In production set ORIGIN (or PROTOCOL_HEADER and HOST_HEADER) yourself.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT ?? '3000'}`;
// adapter-node refuses bodies over BODY_SIZE_LIMIT; the portal's own handle
// (src/lib/server/http/body-limit.ts) keeps 512K for every route but the directory import's
// upload, which needs room for its file: adapter-node's limit is raised to that.
process.env.BODY_SIZE_LIMIT ??= '16M';
await import('../build/index.js');
