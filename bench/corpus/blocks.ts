/**
 * What the converters hand on: a page as a title and a run of blocks, each a
 * heading or a paragraph of running text (markup gone, whitespace collapsed).
 */
export interface Block {
  kind: 'heading' | 'para';
  text: string;
}

export interface Page {
  title: string;
  blocks: Block[];
}

export function squash(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', hellip: '…',
  mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©', reg: '®', trade: '™',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç', ugrave: 'ù',
  ucirc: 'û', icirc: 'î', iuml: 'ï', ocirc: 'ô', oelig: 'œ', Eacute: 'É', Egrave: 'È', Agrave: 'À',
  Ccedil: 'Ç', deg: '°', euro: '€', times: '×', middot: '·', bull: '•', shy: '', zwj: '', zwnj: '',
  thinsp: ' ', ensp: ' ', emsp: ' ', rarr: '→', larr: '←',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return NAMED[name] ?? whole;
  });
}
