package app.rebound.api;

/** Which process this is: SPEC §2's {@code dev}, {@code server} and {@code worker}. */
public enum Mode {
  /** Everything in one process: embedded Temporal and database, the worker and the API. */
  DEV,
  /** The HTTP API only, against an external Temporal and database. */
  SERVER,
  /** The Temporal worker only. */
  WORKER
}
