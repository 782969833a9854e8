// Audit log export files, as the platform's downloads carry them.
//
// CSV (RFC 4180, CRLF line ends, a header row): the columns the platform's reporting page
// names — User, Target, Action type, Action, Description, Time, Outcome — with the values
// the GraphQL API gives (the user's email, the enum names, RFC 3339 UTC times).
// CEF (ArcSight CEF v0, one event per LF-terminated line):
//   CEF:0|Moderne|Moderne Platform|sandbox|<action>|<description>|<severity>|<extensions>
// with rt (epoch ms), suser (email), cs1Label=target cs1=<target>, act, cat (action type),
// outcome and externalId (the event id); severity 3 for SUCCESS, 7 for FAILURE.

export const CSV_HEADER = ['User', 'Target', 'Action type', 'Action', 'Description', 'Time', 'Outcome'];

export function csvField(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const cefHeader = (s) => String(s ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
const cefValue = (s) => String(s ?? '').replace(/\\/g, '\\\\').replace(/=/g, '\\=').replace(/\r/g, '\\r').replace(/\n/g, '\\n');

export function renderExport(format, events, userOf) {
  if (format === 'CSV') {
    const lines = [CSV_HEADER.join(',')];
    for (const e of events) {
      lines.push([userOf(e)?.email, e.target, e.actionType, e.action, e.description, e.timestamp.toISOString(), e.outcome].map(csvField).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
  }
  let out = '';
  for (const e of events) {
    const ext = [
      ['rt', e.timestamp.getTime()], ['suser', userOf(e)?.email], ['cs1Label', 'target'], ['cs1', e.target],
      ['act', e.action], ['cat', e.actionType], ['outcome', e.outcome], ['externalId', e.id],
    ].map(([k, v]) => `${k}=${cefValue(v)}`).join(' ');
    out += `CEF:0|Moderne|Moderne Platform|sandbox|${cefHeader(e.action)}|${cefHeader(e.description)}|${e.outcome === 'FAILURE' ? 7 : 3}|${ext}\n`;
  }
  return out;
}

/** Parses the CSV this module writes (RFC 4180), for tests and tools. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
