/**
 * Where the distractor text comes from: Debian documentation packages, read
 * from their unpacked .deb (bench/corpus/fetch-debs.sh), never from whatever
 * happens to be installed, so every machine on the same Debian release builds
 * the same corpora. French first; English where French runs short. The only
 * political text Debian ships is its own (constitution, social contract,
 * project history): it is in.
 */
export type SourceKind = 'html' | 'roff' | 'text';

export interface Source {
  pkg: string;
  lang: 'fr' | 'en';
  kind: SourceKind;
  /** Paths (inside the package) to read. */
  include: RegExp;
  exclude?: RegExp;
}

const HTML = /\.x?html?$/;

export const SOURCES: Source[] = [
  { pkg: 'manpages-fr', lang: 'fr', kind: 'roff', include: /\/man\/fr\/man\d\/[^/]+\.gz$/ },
  { pkg: 'manpages-fr-dev', lang: 'fr', kind: 'roff', include: /\/man\/fr\/man\d\/[^/]+\.gz$/ },
  { pkg: 'debian-handbook', lang: 'fr', kind: 'html', include: /\/html\/fr-FR\/[^/]+\.html$/ },
  { pkg: 'debian-handbook', lang: 'en', kind: 'html', include: /\/html\/en-US\/[^/]+\.html$/ },
  { pkg: 'harden-doc', lang: 'fr', kind: 'html', include: /\/html\/fr-FR\/[^/]+\.html$/ },
  { pkg: 'harden-doc', lang: 'en', kind: 'html', include: /\/html\/en-US\/[^/]+\.html$/ },
  { pkg: 'debian-reference-fr', lang: 'fr', kind: 'html', include: HTML },
  { pkg: 'debian-reference-en', lang: 'en', kind: 'html', include: HTML },
  { pkg: 'developers-reference-fr', lang: 'fr', kind: 'html', include: HTML },
  { pkg: 'developers-reference', lang: 'en', kind: 'html', include: HTML },
  { pkg: 'debian-faq-fr', lang: 'fr', kind: 'html', include: HTML },
  { pkg: 'debian-faq', lang: 'en', kind: 'html', include: HTML },
  { pkg: 'maint-guide-fr', lang: 'fr', kind: 'html', include: HTML },
  { pkg: 'maint-guide', lang: 'en', kind: 'html', include: HTML },
  { pkg: 'aptitude-doc-fr', lang: 'fr', kind: 'html', include: HTML },
  { pkg: 'debian-edu-doc-fr', lang: 'fr', kind: 'html', include: /bookworm-manual\.html$/ },
  { pkg: 'debian-history', lang: 'fr', kind: 'html', include: /\.fr\.html$/ },
  { pkg: 'debian-history', lang: 'en', kind: 'html', include: /\.en\.html$/ },
  { pkg: 'gimp-help-fr', lang: 'fr', kind: 'html', include: /\/help\/fr\/.+\.html$/ },
  { pkg: 'libreoffice-help-fr', lang: 'fr', kind: 'html', include: /\/help\/fr\/.+\.html$/ },
  // The big-page editions repeat the chapters' text: read the chapters.
  { pkg: 'lilypond-doc-html-fr', lang: 'fr', kind: 'html', include: /\.fr\.html$/, exclude: /big-page/ },
  { pkg: 'kicad-doc-fr', lang: 'fr', kind: 'html', include: /\/help\/fr\/[^/]+\.html$/ },
  { pkg: 'linuxcnc-doc-fr', lang: 'fr', kind: 'html', include: HTML },
  { pkg: 'installation-guide-amd64', lang: 'fr', kind: 'html', include: /\/fr\/[^/]+\.html$/ },
  { pkg: 'installation-guide-amd64', lang: 'en', kind: 'html', include: /\/en\/[^/]+\.html$/ },
  // GNOME's Mallard help pages are XML close enough to HTML for the same converter.
  { pkg: 'gnome-user-docs', lang: 'fr', kind: 'html', include: /\/help\/fr\/.+\.page$/ },
  { pkg: 'gnome-user-docs', lang: 'en', kind: 'html', include: /\/help\/C\/.+\.page$/ },
  { pkg: 'debian-edu-doc-legacy-fr', lang: 'fr', kind: 'html', include: /-manual\.html$/ },
  { pkg: 'gosa-help-fr', lang: 'fr', kind: 'html', include: HTML },
  { pkg: 'texworks-help-fr', lang: 'fr', kind: 'html', include: HTML },
  { pkg: 'ubuntu-packaging-guide-html-fr', lang: 'fr', kind: 'html', include: HTML },
  // French man pages shipped by Debian's own tools.
  ...['devscripts', 'debhelper', 'po4a', 'debconf-doc', 'dpkg', 'dpkg-dev', 'apt', 'man-db'].map(
    (pkg): Source => ({ pkg, lang: 'fr', kind: 'roff', include: /\/man\/fr\/man\d\/[^/]+\.gz$/ }),
  ),
  { pkg: 'doc-debian', lang: 'en', kind: 'text', include: /\/(?:constitution|social-contract)\.txt\.gz$|debian-manifesto\.gz$/ },
  { pkg: 'debian-policy', lang: 'en', kind: 'html', include: HTML, exclude: /genindex|search\.html|_static/ },
  { pkg: 'manpages', lang: 'en', kind: 'roff', include: /\/man\/man\d\/[^/]+\.gz$/ },
  { pkg: 'manpages-dev', lang: 'en', kind: 'roff', include: /\/man\/man\d\/[^/]+\.gz$/ },
  { pkg: 'perl-doc', lang: 'en', kind: 'roff', include: /\/man\/man[13]\/[^/]+\.gz$/ },
  { pkg: 'postgresql-doc-15', lang: 'en', kind: 'html', include: /\/html\/[^/]+\.html$/ },
  { pkg: 'git-doc', lang: 'en', kind: 'html', include: HTML },
  { pkg: 'linux-doc-6.1', lang: 'en', kind: 'html', include: /\/html\/.+\.html$/, exclude: /genindex|search\.html|_static|_sources|translations\// },
  { pkg: 'python3.11-doc', lang: 'en', kind: 'html', include: /\/html\/.+\.html$/, exclude: /genindex|py-modindex|search\.html|_static/ },
];

export const PACKAGES = [...new Set(SOURCES.map((s) => s.pkg))];
