/** Stops the audit before it runs (exit code 2), with a one-line reason. */
export class AuditError extends Error {}
