export type TemplateErrorKind = 'syntax' | 'limit' | 'runtime';

export interface SourcePosition {
  line: number;
  /** 1-based; absent when the parser can only tell the line. */
  column?: number;
}

/** Every failure of the renderer: the message is plain English, safe to show to the template's author. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly kind: TemplateErrorKind;
  readonly line?: number;
  readonly column?: number;

  constructor(kind: TemplateErrorKind, message: string, position?: SourcePosition) {
    super(message);
    this.kind = kind;
    this.line = position?.line;
    this.column = position?.column;
  }
}

/** A function or method refused its arguments; the interpreter reports it with the call and where it is. */
export class CallError extends Error {
  override name = 'CallError';

  constructor(
    readonly kind: 'limit' | 'runtime',
    message: string,
  ) {
    super(message);
  }
}

export function where(position: SourcePosition): string {
  return position.column === undefined
    ? `line ${position.line}`
    : `line ${position.line}, column ${position.column}`;
}

export function syntaxError(reason: string, position?: SourcePosition): TemplateError {
  const at = position ? ` at ${where(position)}` : '';
  return new TemplateError('syntax', `Velocity syntax error${at}: ${reason}`, position);
}

export function runtimeError(reason: string, position: SourcePosition): TemplateError {
  return new TemplateError('runtime', `${reason} (${where(position)})`, position);
}

export function limitError(reason: string, position?: SourcePosition): TemplateError {
  return new TemplateError('limit', reason, position);
}

/** Drops the "Velocity syntax error at …: " prefix, to re-report a nested error at its outer position. */
export function syntaxReason(error: TemplateError): string {
  return error.message.replace(/^Velocity syntax error[^:]*: /, '');
}
