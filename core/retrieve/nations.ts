/**
 * Nationalities: the adjective and the country's name in English and French,
 * for telling "British intelligence" from "Russian intelligence" — a swapped
 * actor a capitalisation test cannot see, since French writes "britannique" in
 * lower case. General language, as any dictionary lists it.
 */
import { tokenize } from '../text/tokens.js';
import { termOf, type StemLang } from '../text/terms.js';

// English adjective | English names | French adjective (masculine) | French names
const TABLE = `
American|United States,America,US,USA|américain|États-Unis,Amérique
British|United Kingdom,Britain,UK|britannique|Royaume-Uni,Grande-Bretagne
English|England|anglais|Angleterre
Scottish|Scotland|écossais|Écosse
Irish|Ireland|irlandais|Irlande
French|France|français|France
German|Germany|allemand|Allemagne
Italian|Italy|italien|Italie
Spanish|Spain|espagnol|Espagne
Portuguese|Portugal|portugais|Portugal
Dutch|Netherlands,Holland|néerlandais|Pays-Bas,Hollande
Belgian|Belgium|belge|Belgique
Swiss|Switzerland|suisse|Suisse
Austrian|Austria|autrichien|Autriche
Swedish|Sweden|suédois|Suède
Norwegian|Norway|norvégien|Norvège
Danish|Denmark|danois|Danemark
Finnish|Finland|finlandais|Finlande
Polish|Poland|polonais|Pologne
Czech|Czechia|tchèque|Tchéquie
Hungarian|Hungary|hongrois|Hongrie
Romanian|Romania|roumain|Roumanie
Bulgarian|Bulgaria|bulgare|Bulgarie
Greek|Greece|grec|Grèce
Serbian|Serbia|serbe|Serbie
Croatian|Croatia|croate|Croatie
Ukrainian|Ukraine|ukrainien|Ukraine
Russian|Russia|russe|Russie
Belarusian|Belarus|biélorusse|Biélorussie
Turkish|Turkey,Türkiye|turc|Turquie
Iranian|Iran|iranien|Iran
Iraqi|Iraq|irakien|Irak
Syrian|Syria|syrien|Syrie
Lebanese|Lebanon|libanais|Liban
Israeli|Israel|israélien|Israël
Palestinian|Palestine|palestinien|Palestine
Jordanian|Jordan|jordanien|Jordanie
Egyptian|Egypt|égyptien|Égypte
Saudi|Saudi Arabia|saoudien|Arabie saoudite
Qatari|Qatar|qatari|Qatar
Emirati|Emirates|émirati|Émirats
Yemeni|Yemen|yéménite|Yémen
Afghan|Afghanistan|afghan|Afghanistan
Pakistani|Pakistan|pakistanais|Pakistan
Indian|India|indien|Inde
Chinese|China|chinois|Chine
Japanese|Japan|japonais|Japon
Korean|Korea|coréen|Corée
Vietnamese|Vietnam|vietnamien|Vietnam
Thai|Thailand|thaïlandais|Thaïlande
Indonesian|Indonesia|indonésien|Indonésie
Philippine,Filipino|Philippines|philippin|Philippines
Australian|Australia|australien|Australie
Canadian|Canada|canadien|Canada
Mexican|Mexico|mexicain|Mexique
Brazilian|Brazil|brésilien|Brésil
Argentine,Argentinian|Argentina|argentin|Argentine
Chilean|Chile|chilien|Chili
Colombian|Colombia|colombien|Colombie
Venezuelan|Venezuela|vénézuélien|Venezuela
Cuban|Cuba|cubain|Cuba
Moroccan|Morocco|marocain|Maroc
Algerian|Algeria|algérien|Algérie
Tunisian|Tunisia|tunisien|Tunisie
Libyan|Libya|libyen|Libye
Malian|Mali|malien|Mali
Nigerian|Nigeria|nigérian|Nigeria
Nigerien|Niger|nigérien|Niger
Senegalese|Senegal|sénégalais|Sénégal
Ivorian|Ivory Coast|ivoirien|Côte d'Ivoire
Cameroonian|Cameroon|camerounais|Cameroun
Congolese|Congo|congolais|Congo
Ethiopian|Ethiopia|éthiopien|Éthiopie
Kenyan|Kenya|kényan|Kenya
Sudanese|Sudan|soudanais|Soudan
Somali|Somalia|somalien|Somalie
South African|South Africa|sud-africain|Afrique du Sud
Armenian|Armenia|arménien|Arménie
Azerbaijani|Azerbaijan|azerbaïdjanais|Azerbaïdjan
Georgian|Georgia|géorgien|Géorgie
Kurdish|Kurdistan|kurde|Kurdistan
Bangladeshi|Bangladesh|bangladais|Bangladesh
Sri Lankan|Sri Lanka|sri-lankais|Sri Lanka
Nepalese|Nepal|népalais|Népal
Malaysian|Malaysia|malaisien|Malaisie
Singaporean|Singapore|singapourien|Singapour
Taiwanese|Taiwan|taïwanais|Taïwan
Mongolian|Mongolia|mongol|Mongolie
Kazakh|Kazakhstan|kazakh|Kazakhstan
Uzbek|Uzbekistan|ouzbek|Ouzbékistan
New Zealand|New Zealand|néo-zélandais|Nouvelle-Zélande
Peruvian|Peru|péruvien|Pérou
Ghanaian|Ghana|ghanéen|Ghana
Rwandan|Rwanda|rwandais|Rwanda
Ugandan|Uganda|ougandais|Ouganda
Tanzanian|Tanzania|tanzanien|Tanzanie
Zimbabwean|Zimbabwe|zimbabwéen|Zimbabwe
Icelandic|Iceland|islandais|Islande
Estonian|Estonia|estonien|Estonie
Latvian|Latvia|letton|Lettonie
Lithuanian|Lithuania|lituanien|Lituanie
Slovak|Slovakia|slovaque|Slovaquie
Slovenian|Slovenia|slovène|Slovénie
Moldovan|Moldova|moldave|Moldavie
`;

/** The French adjective's other forms: feminine and plurals ("américain" → américaine, américains, américaines). */
function frenchForms(masc: string): string[] {
  const fem = masc.endsWith('e') ? masc : masc.endsWith('ien') || masc.endsWith('éen') ? `${masc}ne` : masc === 'grec' ? 'grecque' : masc === 'turc' ? 'turque' : `${masc}e`;
  const plural = (w: string) => (/[sx]$/.test(w) ? w : `${w}s`);
  return [...new Set([masc, fem, plural(masc), plural(fem)])];
}

export interface NationForms {
  /** Stem → nation index, for single words ("britannique", "Russians", "Chine"). */
  words: Map<string, number>;
  /** Adjective forms, lower case ("russe", "russian", "russians"): French writes them in lower case, a country's name capitalised. */
  adjectives: Set<string>;
  /** Names of several words, as stem sequences ("Royaume-Uni", "Saudi Arabia"), by their first stem. */
  phrases: Map<string, Array<{ stems: string[]; nation: number }>>;
}

function build(lang: StemLang): NationForms {
  const words = new Map<string, number>();
  const adjectiveStems = new Set<string>();
  const phrases: NationForms['phrases'] = new Map();
  TABLE.trim().split('\n').forEach((line, nation) => {
    const [enAdj, enNames, frAdj, frNames] = line.split('|').map((f) => f.split(','));
    const adjectives = [...enAdj!.flatMap((a) => [a, `${a}s`]), ...frAdj!.flatMap(frenchForms)];
    const names = [...enNames!, ...frNames!];
    for (const form of [...adjectives, ...names]) {
      const stems = tokenize(form).map((t) => termOf(t.text, lang)).filter((s): s is string => s !== null);
      if (stems.length === 1) words.set(stems[0]!, nation);
      else if (stems.length > 1) phrases.set(stems[0]!, [...(phrases.get(stems[0]!) ?? []), { stems, nation }]);
    }
    for (const form of adjectives) adjectiveStems.add(form.toLowerCase());
  });
  return { words, adjectives: adjectiveStems, phrases };
}

const forms: Partial<Record<StemLang, NationForms>> = {};

/** The nationality words of one stemming language (built on first use). */
export function nationForms(lang: StemLang): NationForms {
  return (forms[lang] ??= build(lang));
}
