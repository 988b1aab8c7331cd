// npm start — `node build` with a local default for ORIGIN. adapter-node assumes https when
// ORIGIN is unset, which would make form posts on http://localhost fail the CSRF check.
// In production set ORIGIN (or PROTOCOL_HEADER and HOST_HEADER) yourself.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT ?? '3000'}`;
await import('../build/index.js');
