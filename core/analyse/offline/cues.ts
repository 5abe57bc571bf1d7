/**
 * Cue words of journalistic sourcing, French and English: reporting verbs,
 * vague sources, hedges, denials, accusations and counter-claims. Lexicons of
 * the language, not of any claim: they say how a text attributes, not what.
 */
import { uRe } from '../../text/regex.js';

const alt = (words: string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

// Past participles after "a"/"ont"/"avait"…: "a déclaré", "ont rapporté", "a mis en garde".
export const FR_REPORTING_PARTICIPLES = [
  'dit', 'déclaré', 'affirmé', 'annoncé', 'souligné', 'averti', 'indiqué', 'précisé', 'ajouté', 'estimé',
  'assuré', 'expliqué', 'rapporté', 'confirmé', 'prévenu', 'signalé', 'révélé', 'écrit', 'publié', 'raconté',
  'noté', 'observé', 'communiqué', 'mis en garde', 'promis', 'rappelé', 'répondu', 'répété', 'insisté',
  'martelé', 'soutenu', 'prétendu', 'fait savoir', 'laissé entendre', 'reconnu', 'admis', 'démenti', 'nié',
  'accusé', 'fustigé', 'dénoncé', 'qualifié', 'jugé', 'déploré', 'évoqué', 'relaté', 'tweeté', 'posté',
  'avancé', 'certifié', 'garanti', 'informé', 'alerté', 'mentionné', 'cité', 'commenté', 'conclu', 'démontré',
];
// Present tense, for "rapporte al-Masdar news", "affirme le ministère".
export const FR_REPORTING_PRESENT = [
  'dit', 'déclare', 'affirme', 'annonce', 'souligne', 'avertit', 'indique', 'précise', 'ajoute', 'estime',
  'assure', 'explique', 'rapporte', 'confirme', 'signale', 'révèle', 'écrit', 'publie', 'raconte', 'note',
  'prévient', 'rappelle', 'répond', 'insiste', 'soutient', 'prétend', 'dément', 'nie', 'accuse', 'dénonce',
  'relate', 'affirment', 'déclarent', 'rapportent', 'indiquent', 'estiment', 'assurent', 'disent', 'écrivent',
  'annoncent', 'soulignent', 'précisent', 'ajoutent', 'démentent', 'nient', 'accusent', 'dénoncent',
];
export const FR_AUX = String.raw`(?:a|ont|avait|avaient|aurait|auraient|aura|auront|eut)`;
// Adverbs and time phrases that slip between the auxiliary and the participle.
export const FR_INSERTS = String.raw`(?:\s+(?:également|notamment|aussi|encore|toujours|déjà|ensuite|pourtant|alors|néanmoins|toutefois|cependant|quant\s+à\s+(?:lui|elle)|de\s+son\s+côté|enfin|même|ainsi|d['’]ailleurs|par\s+ailleurs|en\s+outre|de\s+nouveau|fermement|clairement|récemment|publiquement|officiellement|à\s+plusieurs\s+reprises|ce\s+\p{Ll}+|hier|vendredi|samedi|dimanche|lundi|mardi|mercredi|jeudi))*`;
export const FR_PARTICIPLE_RE = alt(FR_REPORTING_PARTICIPLES);
export const FR_PRESENT_RE = alt(FR_REPORTING_PRESENT);

export const EN_REPORTING = [
  'said', 'says', 'told', 'tells', 'stated', 'states', 'announced', 'claimed', 'claims', 'reported', 'reports',
  'added', 'adds', 'warned', 'warns', 'noted', 'alleged', 'alleges', 'denied', 'denies', 'insisted', 'confirmed',
  'wrote', 'writes', 'explained', 'argued', 'accused', 'accuses', 'asserted', 'declared', 'revealed', 'tweeted',
  'posted', 'stressed', 'suggested', 'acknowledged', 'admitted', 'maintained', 'blamed',
  'say', 'tell', 'insist', 'insists', 'admit', 'admits', 'suggest', 'suggests', 'argue', 'argues', 'deny', 'confirm',
  'confirms', 'explains', 'explain', 'acknowledges', 'acknowledge', 'emphasised', 'emphasized', 'pointed out',
  'testified', 'predicted', 'conceded', 'concedes', 'replied', 'responded', 'recalled', 'urged', 'contended',
  'contends', 'affirmed', 'reiterated', 'disclosed', 'informed', 'assured', 'assures', 'cautioned', 'remarked',
];
export const EN_REPORTING_RE = alt(EN_REPORTING);

/** Verbs and nouns that contest: the text of a dispute. */
export const DENIAL_RE = uRe(
  String.raw`\b(?:(?:toujours\s+|catégoriquement\s+|fermement\s+|formellement\s+)?(?:ni[ée]s?|nié(?:e|es|s)?|niant|nie|nient|niait|niaient|démen(?:s|t|tent|ti|tie|tis|ties|tait|taient|tir)|démenti(?:e|s)?|rejet(?:é|ée|és|ées|te|tent|ait|aient|er)|réfut(?:é|ée|és|ées|e|ent|er|ait)|contest(?:é|ée|és|ées|e|ent|er|ait|aient)|récus(?:é|ée|e|ent|er)|infirm(?:é|ée|e|ent|er))|sans\s+fondement|infondée?s?|dénué(?:e|es|s)?\s+de\s+(?:tout\s+)?fondement|fausses?\s+(?:informations?|nouvelles|allégations)|fake\s+news|desinformation|désinformation|mensong(?:e|es|er)|démenti(?:s)?|dénégations?|(?:aucune|pas\s+de|sans)\s+preuves?|n['’](?:a|ont)\s+(?:jamais|aucunement)\s+\p{L}+|(?:totalement|complètement|entièrement)\s+faux|at\s+no\s+(?:time|point)|in\s+no\s+way|(?:il|ce)\s+ne\s+s['’]agit\s+(?:aucunement|nullement|en\s+aucun\s+cas)\s+(?:de|du|des|d['’])|(?:never|not)\s+happened|n['’](?:a|ont)\s+jamais\s+eu\s+lieu|fabriqué(?:e|es|s)?\s+de\s+toutes\s+pièces|mise?s?\s+en\s+scène|absurdes?|grotesques?|fantaisistes?|farfelu(?:e|es|s)?|ridicules?|erroné(?:e|es|s)?|inexact(?:e|es|s)?|s['’]inscri(?:t|vent|vait|vaient|re)\s+en\s+faux|balay(?:é|ée|és|ées|e|ent|ait|er)\s+(?:ces|les|cette|d['’]un\s+revers)|(?:denied|denies|deny|denying|denial|denials|rejected|rejects|rejecting|refuted|refutes|disputed|disputes|dismissed|dismisses|dismissing|debunked|contradicted|rebuffed|rebutted)|quash(?:ed|es|ing)?|(?:dit|assure|affirme|déclare)\s+ne\s+pas\s+s['’]en\s+souvenir|ne\s+s['’]en\s+souvien\p{L}*\s+pas|(?:does|did|do)\s+not\s+(?:recall|remember)|(?:has|had|have)\s+no\s+recollection|(?:acted|acts|act|was|were|is|are|been)\s+in\s+(?:full\s+|complete\s+)?compliance\s+with|en\s+toute\s+légalité|dans\s+le\s+(?:strict\s+|plein\s+)?respect\s+de\s+la\s+(?:loi|réglementation|législation)|(?:fully\s+)?compl(?:y|ies|ied)\s+with\s+(?:all\s+)?(?:the\s+)?(?:law|laws|rules|regulations|requirements)|not\s+accept(?:ing)?\s+(?:the|these|this|those|its|their|such)\s+(?:results?|outcome|verdict|decision|ruling|figures|findings|count)|refus\p{L}*\s+(?:de\s+)?(?:reconnaître|accepter)\s+(?:les|ces|le|ce)\s+(?:résultats?|verdict|décision|chiffres)|(?:maintain(?:s|ed|ing)?|protest(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on)\s+(?:his|her|their|its)\s+innocence|(?:clam\p{L}*|proclam\p{L}*|maint\p{L}*)\s+(?:son|sa|leur)\s+innocence|plead(?:s|ed)?\s+not\s+guilty|pleaded\s+not\s+guilty|plaid\p{L}*\s+non\s+coupable|tronqué(?:e|es|s)?|truncated|doctored|taken\s+out\s+of\s+context|sorti(?:e|es|s)?\s+de\s+(?:son|leur)\s+contexte|(?:de\s+la|une)\s+conspiration|(?:un|du)\s+complot|a\s+conspiracy\s+against|illégalité|illegality|unlawful(?:ly)?|counter(?:ed|ing|s)?\s+(?:[\p{L}'’-]+\s+){0,5}?(?:contentions?|claims?|arguments?|assertions?|allegations?|accusations?|narratives?|version)|rebuttals?|pushed\s+back\s+(?:against|on)|brushed\s+(?:aside|off)|misleading|inaccurate|incorrect|baseless|unfounded|bogus|(?:évoqu|dénon[cç]|parl|voi|vu)\p{L}*\s+(?:d['’]\s*|de\s+|un\s+|une\s+|l['’]\s*|la\s+|le\s+)?[«"“]?\s*(?:acharnement|cabale|chasse\s+aux\s+sorcières|règlement\s+de\s+comptes?|opération\s+politicienne|campagne\s+de\s+(?:dénigrement|diffamation)|procès\s+d['’]intention|manœuvre\s+politique)|ne\s+compren\p{L}*\s+pas\s+(?:cette|la|une\s+telle)\s+(?:décision|sanction|mesure|amende)|(?:does|do|did)\s+not\s+understand\s+(?:the|this|that)\s+(?:decision|ruling|fine|sanction)|ne\s+(?:pas\s+)?partag\p{L}*\s+(?:pas\s+)?[«"“]?\s*(?:l['’]avis|la\s+nécessité|le\s+point\s+de\s+vue|cette\s+(?:analyse|vision|lecture)|les\s+conclusions)|(?:do|does|did)\s+not\s+share\s+(?:the|this|that|its|their)\s+(?:view|assessment|analysis|conclusions?)|frivolous|meritless|without\s+merit|politically\s+motivated|witch[\s-]hunt|smear\s+campaign|injustifiée?s?|(?<=(?:^|[«"“])\s*)(?:Faux|False|Untrue)(?:(?=\s*!)|\s*,?\s*(?:tranche|rétorque|répond|réplique|says|said))|untrue|not\s+true|fabricated|no\s+(?:evidence|proof)|without\s+evidence|nonsense|false\s+(?:claims?|reports?|allegations?|information)|(?:completely|entirely|totally|patently|absolutely|categorically|utterly|simply)\s+["“«]?\s*(?:false|untrue|wrong|baseless|unfounded)|called\s+(?:[\p{L}'’]+\s+){1,5}(?:false|untrue|baseless|lies|nonsense|fabrications?|fraudulent|rigged|a\s+sham)|(?:found|finds?|finding)\s+no\s+(?:evidence|proof|sign|signs|trace|indication|conspiracy|link|wrongdoing)|(?:not|n['’]t)\s+(?:possess|have|hold|see)\s+any\s+(?:information|evidence|proof|indication)|no\s+(?:indication|sign)\s+(?:that|of)|met\s+with\s+(?:skepticism|scepticism|doubts?|disbelief)|cast(?:s|ing)?\s+doubts?|d['’]un\s+revers\s+de\s+(?:la\s+)?main|qualifi\p{L}*\s+(?:[\p{L}'’]+\s+){0,4}de\s+[«"“]?\s*(?:mensonges?|faux|fausses?|fake|calomni\p{L}*|frauduleu\p{L}*|truqué\p{L}*|mascarade)|calomni(?:e|es|eux|euse|euses)|mis\p{L}*\s+en\s+doute|(?:pure|totale|simple)\s+invention|retract(?:ed|s|ing|ion)|rétract\p{L}*|(?:nothing|rien)\s+(?:had|has|n['’]a|n['’]avait)\s+(?:been\s+|été\s+)(?:confirmed|confirmé)|(?:riddled|marred|tainted)\s+(?:with|by)\s+(?:widespread\s+)?(?:irregularities|fraud)|entachée?s?\s+d['’](?:irrégularités|fraudes?)|(?:noted|found|reported|pointed\s+to|cited)\s+(?:serious\s+|several\s+|many\s+)?(?:discrepancies|irregularities|inconsistencies)|(?:relevé|constaté|noté|signalé)\s+(?:de\s+(?:graves|nombreuses)\s+|des\s+)(?:irrégularités|incohérences|anomalies)|denounc\p{L}*\s+(?:widespread\s+|massive\s+)?(?:fraud|irregularities|rigging)|dénonç?\p{L}*\s+(?:des\s+|une\s+|de\s+)?(?:fraudes?\s+massives?|fraudes?|irrégularités)|(?:donn\p{L}+|a\s+donné|ont\s+donné)\s+raison\s+(?:à|aux?)\s|inventions?\s+pures?|diffamat(?:ion|ions|oire|oires)|defamat(?:ion|ory)|(?:lynchage|acharnement)\s+médiatique|campagne\s+de\s+(?:dénigrement|désinformation|calomnie)|chasse\s+aux\s+sorcières|witch[\s-]+hunt|smear\s+campaign|(?:n['’]est|ne\s+sont|n['’]était|ne\s+constitue(?:nt)?)\s+(?:pas|en\s+rien)\s+(?:une\s+|des\s+)?preuves?|(?:is|are|was|were)\s+not\s+(?:proof|evidence)|remis\p{L}*\s+en\s+cause|aucun(?:e)?\s+(?:indice|élément)\s+(?:ne|de|qui)|disprov(?:ed|es|e|ing)|(?:a|an|total|totally|complete|pure|utter)\s+fabrications?|totally\s+unacceptable|aucun(?:e)?\s+(?:[\p{L}'’]+\s+){1,4}(?:de\s+|d['’])?preuves?|(?:could\s+not|cannot|can['’]t|failed\s+to)\s+(?:be\s+)?replicat\p{L}*|n['’](?:a|ont)\s+pas\s+pu\s+être\s+reprodui\p{L}*|(?:problems?|flaws?|errors?|irregularities)\s+(?:with|in)\s+(?:the|this|that|its|their)\s+(?:study|report|data|analysis|figures|results|research)|(?:pas|plus|guère)\s+convaincu\p{L}*|not\s+convinced|unconvinced|démentant|(?:is|are|was|were|est|sont|était)\s+["“«]?\s*(?:false|untrue|faux|fausses?|inexacte?s?)\b|not\s+aware\s+of\s+any|(?:dénonc|denounc)\p{L}*\s+(?:les|ces|cette|ce|the|these|this|those)\s+(?:résultats?|informations?|chiffres?|allégations?|propos|rapports?|conclusions?|results?|reports?|claims?|figures?|findings?)|no\s+such\s+(?:decision|incident|incidence|case|plan|outbreak|order|thing|event|deal|agreement|talks|meeting|request|attack|report|offer)|(?:ran|runs|run|running)\s+(?:counter\s+to|against)|contredi(?:t|sent|sait|saient|re|sant)|en\s+contradiction\s+avec|(?:has|have|had)\s+never\s+(?:happened|existed|occurred|taken\s+place|been\s+(?:made|found|established|proven|confirmed))|(?:fait|faire|interjeté|interjeter|interjette\p{L}*)\s+appel(?=\s*[.,;:)]|\s+(?:d[eu]|des|contre|d['’])\s*(?:la\s+|le\s+|les\s+|cette\s+|ce\s+|sa\s+|son\s+|leur\s+|l['’])?(?:décisions?|jugements?|condamnations?|verdicts?|sanctions?|suspensions?|ordonnances?|arrêts?|peines?|amendes?|sentences?|interdictions?|radiations?)|\s+(?:dès|aussitôt|immédiatement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s|cette\s))|pourv(?:oi|ois|u|ue|us|ues|oir)\s+en\s+cassation|(?:will|would|to|plans?\s+to|intends?\s+to|vowed\s+to)\s+appeal(?!\s+(?:to|for)\s)|(?<!(?:of|the|an|no)\s)appeal(?:ed|s|ing)?\s+(?:against\s+)?(?:the|this|his|her|their|its)\s+(?:[\p{L}\d-]+\s+){0,2}(?:ruling|verdict|decision|judg(?:e)?ment|sentence|conviction|ban|fine|suspension)|(?:filed|lodged|launched|file|lodge)\s+an\s+appeal|relativis(?:é|ée|és|ées|e|ent|ait|aient|er|ant)|minimis(?:é|ée|és|ées|e|ent|ait|aient|er|ant)|mont(?:é|ée|és|ées)\s+en\s+épingle|downplay(?:ed|s|ing)?|play(?:ed|s|ing)?\s+down\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:reports?|claims?|concerns?|fears?|risks?|allegations?|significance|importance|threat|incident|impact|role|severity|extent|danger|suggestions?|rumou?rs?|findings?|figures?|accounts?)|overblown|blown\s+out\s+of\s+proportion|(?:is|are|was|were|been|grossly|greatly|wildly|largely|highly|vastly)\s+exaggerated|(?:est|sont|était|étaient|largement|très|grossièrement)\s+exagéré(?:e|es|s)?|(?:does|do|did)\s+not\s+accept|n['’]accept(?:e|ent|ait|aient)\s+pas|no\s+truth|(?:aucune|pas\s+de)\s+vérité|rien\s+de\s+vrai|disagree(?:s|d)?\s+with|(?:n['’](?:est|était)\s+pas|ne\s+sont\s+pas)\s+d['’]accord\s+avec|en\s+désaccord\s+avec|(?:is|are|was|were|entirely|wholly|completely|totally|grossly|clearly)\s+disproportionate|(?:est|sont|était|étaient|totalement|complètement|largement)\s+disproportionnée?s?)\b`,
  'iu',
);

/** Accusation verbs: the other side of a denial. */
export const ACCUSATION_RE = uRe(
  String.raw`\b(?:accus(?:é|ée|és|ées|e|ent|ait|aient|ant|er|ation|ations)|fustig(?:é|ée|e|ent|er|eant)|reproch(?:é|e|ent|er)|incrimin(?:é|er|e|ent)|imput(?:é|er|e|ent)|blâm(?:é|er|e|ent)|dénonc(?:é|ée|e|ent|er)|accus(?:ed|es|e|ing|ation|ations)|blam(?:ed|es|e|ing)|condemn(?:ed|s)?)\b`,
  'iu',
);

/**
 * A claim that blames, charges or convicts someone, and whom: "a condamné le préfet",
 * "accused the firm of", "was fined", "X est soupçonné de". The words after the
 * predicate (or, for a passive, before it) name the party whose own statements answer it.
 */
export const CHARGE_RE = uRe(
  String.raw`\b(?:condamn\p{L}*|accus\p{L}*|sanctionn\p{L}*|poursuiv\p{L}*|inculp\p{L}*|soupçonn\p{L}*|reproch\p{L}*|blâm\p{L}*|mis(?:e|es)?\s+en\s+examen|mis(?:e|es)?\s+en\s+cause|convicted|charged|fined|sued|accused|accuses|blamed|blames|suspected|suspended|banned|condemned|sentenced)\b`,
  'iu',
);
/** Verbs of admitting: the accused agreeing is no answer against the claim. */
export const ADMISSION_RE = uRe(/\b(?:reconn\p{L}*|admi[st]\p{L}*|avou\p{L}*|concéd\p{L}*|admitted|admits|conceded|concedes|acknowledged|acknowledges|confessed|apologi[sz]ed)\b/iu);

/** Counter-claims: one side's answer to the other's gains or losses. */
export const COUNTER_RE = uRe(
  String.raw`\b(?:infligé\s+de\s+lourdes\s+pertes|lourdes\s+pertes|repris\s+le\s+contrôle|reprendre\s+le\s+contrôle|repouss(?:é|ée|és|ées|er|e|ent)|contre-attaqu(?:é|e|er)|mis\s+en\s+échec|insist(?:é|e|ent|ait|aient)|maint(?:ient|iennent|enu)\s+que|heavy\s+losses|inflicted\s+(?:heavy\s+)?losses|regained\s+control|retook|repelled|repulsed|pushed\s+back|insist(?:ed|s)?\s+(?:that|on)|maintain(?:ed|s)?\s+that)\b`,
  'iu',
);

/** Contrast connectives: a sentence that turns against what came before. */
export const CONTRAST_RE = uRe(/^(?:cependant|toutefois|pourtant|néanmoins|en revanche|or|mais|however|but|yet|nevertheless|in contrast)\b/iu);

/** Hedges: words that mark a claim as unproven or second-hand. */
export const HEDGE_RE = uRe(
  String.raw`\b(?:(?:could|can|cannot|can\s+not|did|does|do)\s*(?:not|n['’]t)?\s+(?:be\s+)?rul(?:e|ed)\s+out|(?:cannot|can\s+not|could\s+not|couldn['’]t|can['’]t)\s+(?:be\s+)?(?:excluded|ruled\s+out)|présum(?:é|ée|és|ées)|présumément|prétendu(?:e|es|s)?|censée?s?|prétendument|soi-disant|supposé(?:e|es|s)?|supposément|allégu(?:é|ée|és|ées)|allégations?|éventuel(?:le|les|s)?|non\s+confirmée?s?|non\s+vérifiée?s?|invérifiables?|apparemment|vraisemblablement|semble(?:rait|raient)?|sembleraient|selon\s+des\s+rumeurs|des\s+rumeurs|rumeurs?|pseudo-\p{L}+|qui\s+prétend|peut-être|il\s+semble|semble-t-il|sembl(?:e|ent|ait|aient)\s+(?:avoir|être)|probablement|possiblement|sans\s+doute|il\s+est\s+possible|il\s+se\s+pourrait|(?<!\b(?:son|sa|ses|le|un|leur|leurs|ce|du|notre|votre|mon|ton)\s)potentiel(?:le|les|s)?|suspect(?:é|ée|és|ées)|soupçonn(?:é|ée|és|ées|e|ent|ait|aient)|a\s+priori|suspects?|(?:selon|d['’]après)\s+(?:les|des|de\s+premières|les\s+premières)\s+estimations(?:\s+\p{Ll}+)?|according\s+to\s+(?:initial|early|preliminary|current|first)\s+estimates|(?:selon|d['’]après)\s+(?:l['’]enquête|les\s+enquêteurs|l['’]instruction|les\s+premiers\s+éléments(?:\s+de\s+l['’]enquête)?)|according\s+to\s+(?:the\s+)?(?:investigators|investigation|inquiry|preliminary\s+findings)|(?<=(?:figures?|data|results?|studies|study|research|evidence|polls?|surveys?|analysis|reports?)\s(?:[\p{L}-]+\s){0,6})suggest(?:s|ed)?|(?:an|some)\s+estimated(?=\s+[\d\p{L}])|estimated\s+(?:at|to\s+(?:be|have))|estimée?s?\s+à|alleg(?:ed|edly|es|e)|purport(?:ed|edly|ing|s)?|dubious|questionable|douteu(?:x|se|ses)|(?<=\s)seem(?:s|ed)?(?=\s)|reportedly|supposedly|so-called|unconfirmed|unverified|apparently|seemingly|rumou?rs?|claimed\s+to|suspected|presumed|presumably|possibly|probably|likely|possible|(?<!(?:in|on|of|since|until|last|next|early|late|mid|by|from|through)\s)may(?!\s+\d)|might|could|(?:appears?|appeared|seems?|seemed)\s+to\s+\p{Ll}+|(?:believed|thought|said)\s+to\s+(?:be|have)|not\s+(?:immediately\s+)?clear|unclear|(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:independently\s+)?(?:confirmed|verified)|n['’](?:a|ont|avait)\s+pas\s+(?:encore\s+)?été\s+(?:confirmé|vérifié)e?s?|alleging|claim(?:ed|s)\s+that|prétend(?:ent|ait|aient)?\s+que|(?:it|the\s+\p{L}+)\s+understands|(?:on\s+)?ne\s+(?:peut|pouvait|pourrait)\s+(?:pas\s+)?(?:être\s+)?exclu\p{L}*|n['’](?:est|était)\s+pas\s+exclu(?:e|s|es)?|n['’]exclu(?:t|ent|ait|aient)\s+pas|(?:c['’]est\s+)?ce\s+qui\s+(?:nous|m['’]|lui|leur)\s*a\s+été\s+(?:rapporté|dit|raconté)|(?:we|I)\s+(?:have\s+been|were|was)\s+told|(?:is|are|was|were)\s+understood\s+to|perhaps|maybe|certainement|vraisemblable(?:s|ment)?|probables?|plausibles?|(?:est|sont|était|étaient|serait|seraient|a\s+été|ont\s+été|is|are|was|were|been|stands?)\s+accus\p{L}*\s+(?:d['’]|de\s|of\s)|pas\s+(?:encore\s+)?clair|incertain(?:e|es|s)?|accus(?:e|ent|ait|aient|é|ée|és|ées|ant)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:d['’]|de\s)|accus(?:es|ed|ing)\s+(?:[\p{L}'’-]+\s+){0,4}?of\s|(?:what|which)\s+(?:it|he|she|they)\s+(?:says|said|calls|called|claims|claimed|describes\s+as|described\s+as)|ce\s+qu['’](?:il|elle|ils|elles)\s+(?:qualifi\p{L}+|présent\p{L}+|appel\p{L}+|décri\p{L}+|affirm\p{L}+|prétend\p{L}*))\b`,
  'iu',
);

// The French conditional of hearsay ("auraient infligé", "se seraient mis d'accord",
// "montreraient"): a verb in -rait/-raient, minus nouns that merely end so.
const NOT_CONDITIONAL = new Set([
  'portrait', 'portraits', 'retrait', 'retraits', 'extrait', 'extraits', 'attrait', 'attraits', 'trait', 'traits',
  'abstrait', 'distrait', 'soustrait', 'distrait', 'parfait', 'souhaitait',
]);
const IRREGULAR_CONDITIONALS = new Set(
  ['aur', 'ser', 'fer', 'saur', 'mettr', 'battr', 'pourr', 'verr', 'enverr', 'mourr', 'courr', 'faudr', 'vaudr'].flatMap(
    (stem) => [`${stem}ait`, `${stem}aient`],
  ),
);
export function isHearsayConditional(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_CONDITIONAL.has(w)) return false;
  if (IRREGULAR_CONDITIONALS.has(w)) return true;
  // The conditional is the future stem + -ait: "montrerait", "finirait", "prendrait",
  // "devrait". A bare "-rait" is mostly the imperfect of -rer verbs ("durait").
  return w.length >= 7 && /(?:er|ir|dr|vr)(?:ait|aient)$/u.test(w);
}

/** Vague attributions: a source without a name. */
// What kind of source a French phrase says after the noun: "une source policière", "de sources diplomatiques".
const SOURCE_KIND = String.raw`(?:policières?|judiciaires?|diplomatiques?|gouvernementales?|militaires?|sécuritaires?|officielles?|médicales?|hospitalières?|syndicales?|industrielles?|concordantes?|proches?\s+(?:du|de\s+la|des|de|d['’])\s*[\p{L}-]+|(?:bien\s+)?informées?|sûres?)`;
export const VAGUE_SOURCE_RE = uRe(
  String.raw`\b(?:(?:selon|d['’]après)\s+(?:des|certaines|plusieurs|nos|de\s+nombreuses|une\s+autre|d['’]autres)\s+(?:informations?|sources?|rumeurs?|dépêches?|témoins?|médias|observateurs|experts|analystes|responsables)(?:\s+(?:locales?|locaux|sur\s+place|sur\s+le\s+terrain|proches?\s+[\p{L}\s'’-]{1,40}?(?=[,.;])|en\s+provenance\s+de\s+\p{L}+|provenant\s+d[eu]\s+[\p{L}\s'’-]{1,40}?(?=[,.;])))?|des\s+rumeurs\s+circulent|(?<=\s)de\s+sources?\s+${SOURCE_KIND}|(?:les|des)\s+médias\s+(?:locaux|officiels|d['’]État|occidentaux)|(?:des|les)\s+sources\s+(?:locales|sur\s+place|sur\s+le\s+terrain|sécuritaires|militaires|proches)|des\s+témoins|des\s+vidéos\s+partagées\s+sur\s+les\s+réseaux\s+sociaux|(?:des|selon\s+des)\s+informations\s+provenant\s+d[eu]\s+[\p{L}\s'’-]{1,40}?(?=[,.])|(?:a|ont)\s+reçu\s+des\s+informations|on\s+(?:dit|rapporte|raconte|affirme)|il\s+se\s+dit|according\s+to\s+(?:sources?|reports?|local\s+media|witnesses|rumou?rs?|unnamed\s+\p{L}+)|sources\s+(?:say|said|on\s+the\s+ground)|local\s+media|rumou?rs\s+(?:say|circulate|are\s+circulating)|it\s+is\s+(?:said|claimed|reported)|(?:several|many|some|various|multiple|numerous|plusieurs|de\s+nombreux|certains|divers)\s+(?:media(?:\s+outlets)?|news\s+outlets|outlets|newspapers|médias|journaux)|(?<![\p{L}'’])(?:une|un|an?|one|another|une\s+autre)\s+(?:[\p{L}-]+\s+){0,3}?sources?(?!\s+(?:of|de|d['’]|d[’']))(?:\s+${SOURCE_KIND})?(?:\s+(?:from|at|within|inside|in|chez|au\s+sein\s+d[eu]|à\s+la|à\s+l['’]|au)\s+(?:the\s+|l['’]|la\s+|le\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?(?:\s+(?:proches?|close|familiar)\s+(?:du|de\s+la|des|de|d['’]|to|with)\s*(?:l['’]|la\s+|le\s+|the\s+)?[\p{L}-]+)?)`,
  'iu',
);

/** Pronouns and anaphors that point back at the last speaker or outlet. */
export const FR_PRONOUN_SUBJECT_RE = /^(?:il|elle|ils|elles|ce\s+dernier|cette\s+dernière|ces\s+derniers|celui-ci|celle-ci|he|she|they|it|we|i|nous|je|the\s+latter)$/iu;
export const ANAPHOR_SOURCE_RE = uRe(/\b(?:selon|d['’]après|according\s+to)\s+(ce\s+dernier|cette\s+dernière|celui-ci|celle-ci|lui|elle|eux|the\s+latter|him|her|them)\b/iu);
export const INVERTED_PRONOUN_RE = uRe(/\b(?:a|avait|aurait|ont|avaient)-t?-?(il|elle|ils|elles)\s+(?:également\s+|notamment\s+|encore\s+|ajouté\s+)?(\p{L}+)/iu);

/** Time words stripped from a speaker's description ("a déclaré ce jeudi le chef…"). */
export const TIME_WORDS_RE = /^(?:quelques|plusieurs|deux|trois|quatre|cinq|jours?|semaines?|mois|ans|années?|plus|tard|tôt|auparavant|avant|après|few|days?|weeks?|months?|years?|later|earlier|ago|a|two|three|several|ce|cette|hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|midi|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{1,4}|dernier|dernière|prochain|aux|journalistes|lors|d['’]un|point|de|presse)$/iu;
