import type { Localized } from '../../shared/i18n';
import { normalisePath, readProblems } from '../../register/problems';
import type { LineOrigin } from '../registrations/basket-edit';
import { problemOf } from '../../shared/api/client';

// Problem details of the back-office changes, placed where the person can act on them: next to a
// line of the file, on a field of the open editor, or on the editor as a whole.

/** "https://congress.example/problems/sold-out" → "sold-out"; "" when the body has no type. */
export function problemType(body: unknown): string {
  const problem = problemOf(body);
  const code = problem?.code;
  const type = problem?.type || (typeof code === 'string' ? code : '');
  return type.split(/[/#]/).filter(Boolean).pop() ?? '';
}

/** Someone else changed the file since it was read: reload before changing it (409 edit-conflict; 412/428 from a strict server). */
export function isEditConflict(status: number, body: unknown): boolean {
  return status === 412 || status === 428 || (status === 409 && problemType(body) === 'edit-conflict');
}

/**
 * Stripe refused a card refund (502 refund-refused): nothing was refunded and the server says why
 * (errors.amount, detail). A refusal to show, not "the service is unavailable".
 */
export function isRefundRefused(status: number, body: unknown): boolean {
  return status === 502 && problemType(body) === 'refund-refused';
}

export interface ProblemReport {
  type: string;
  /** Messages for lines of the file as shown (keyed by the file's line index). */
  lines: Map<number, Localized[]>;
  /** Messages for fields of the open editor: "nights", "persons", "participants[0].lastName", "email", "amount"… */
  fields: Map<string, Localized[]>;
  /** Messages about the request as a whole. */
  form: Localized[];
}

function push<K>(map: Map<K, Localized[]>, key: K, message: Localized): void {
  map.set(key, [...(map.get(key) ?? []), message]);
}

/**
 * Places each error of a problem body. `origins` says where each line of the basket sent came
 * from: errors on lines the edit made go to the editor's fields, errors on untouched lines next to
 * those lines in the file. Without origins (a change that sent no basket) lines[i] is line i.
 */
export function reportProblems(body: unknown, origins: readonly LineOrigin[] | null = null): ProblemReport {
  const report: ProblemReport = { type: problemType(body), lines: new Map(), fields: new Map(), form: [] };
  for (const entry of readProblems(body)) {
    const path = normalisePath(entry.path);
    const line = /^lines\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (line) {
      const sent = Number(line[1]);
      const field = line[2] ?? 'line';
      const origin: LineOrigin | undefined = origins ? origins[sent] : { kind: 'kept', index: sent };
      if (origin?.kind === 'kept') push(report.lines, origin.index, entry.message);
      else if (origin?.kind === 'edited') push(report.fields, field, entry.message);
      else report.form.push(entry.message);
      continue;
    }
    if (path === '') report.form.push(entry.message);
    else if (path.startsWith('contact.')) push(report.fields, path.slice('contact.'.length), entry.message);
    else push(report.fields, path, entry.message);
  }
  return report;
}

/** The messages of fields the editor does not show, plus those about the whole request: nothing the server said is lost. */
export function unplacedMessages(report: ProblemReport, shownFields: ReadonlySet<string>): Localized[] {
  const unplaced = [...report.fields].filter(([field]) => !shownFields.has(field)).flatMap(([, messages]) => messages);
  return [...report.form, ...unplaced];
}

export { joinMessages } from '../../shared/problem-details';
