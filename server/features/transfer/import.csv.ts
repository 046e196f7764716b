// CSV as the other apps write it (RFC 4180), read for their imports (import.foreign.ts), and the
// error a file that is not what it says it is raises.

/** A file that is not what it says it is: the message is for the person who sent it. */
export class ForeignFormatError extends Error {
  override name = 'ForeignFormatError';
}

/** RFC 4180: quoted fields with doubled quotes, CRLF, LF or CR line ends, line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text).rows;
}

/**
 * parseCsv, with the line of the file each row starts on. A quote left open is refused, as a file
 * that cannot be read as its app wrote it (nothing is guessed): a quoted field must end where the
 * file ends it (a closing quote followed by a comma or a line end), else the error names the line.
 */
export function parseCsvRows(text: string): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** The line the quoted field being read opened on. */
  let opened = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    lines.push(rowLine);
    row = [];
  };
  const unclosed = () =>
    new ForeignFormatError(
      `Line ${line}: text follows the closing quote of a field opened on line ${opened}; ` +
        'a quote in this file is not closed where it should be (a quote inside a field is written as two)',
    );
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const after = text[i + 1];
          if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n') throw unclosed();
        }
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      opened = line;
    } else if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) {
    throw new ForeignFormatError(
      `Line ${opened}: a quoted field opened on this line is never closed (the file ends inside it)`,
    );
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, lines };
}
