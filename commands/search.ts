/** `/search query:<text> [count]`: the corpus passages nearest to a query, with their ids (only you see them). */
import { InteractionContextType, MessageFlags, SlashCommandBuilder, type APIEmbed } from 'discord.js';
import { detectLang } from '../core/lang.js';
import { buildConcepts } from '../core/retrieve/query.js';
import { rankPassages } from '../core/retrieve/search.js';
import { prepareClaim, toReportPassage } from '../core/verify.js';
import type { SlashCommand } from '../bot/command.js';
import { LIMITS, packEmbeds, truncate } from '../bot/embedLimits.js';
import { toPayload } from '../bot/payload.js';
import { quoteBlock, safeText } from '../bot/render.js';

export const search: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Show the corpus passages nearest to a query, with their ids')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) => o.setName('query').setDescription('Words to look for').setRequired(true).setMaxLength(500))
    .addIntegerOption((o) => o.setName('count').setDescription('How many passages (default 5)').setMinValue(1).setMaxValue(10)),
  cooldown: 3,
  async execute(interaction, deps) {
    const { claim: query } = prepareClaim(interaction.options.getString('query', true));
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const engine = deps.corpus.engine;
    const lang = detectLang(query);
    const hits = rankPassages(engine.index, buildConcepts(query, lang, engine.index, engine.lexicon), interaction.options.getInteger('count') ?? 5);
    if (hits.length === 0) {
      await interaction.editReply({ content: 'No passage of the corpus shares words with this query.', allowedMentions: { parse: [] } });
      return;
    }
    const embeds: APIEmbed[] = hits.map((h, i) => {
      const p = toReportPassage(engine, h);
      return {
        title: truncate(`${i + 1}. ${p.id}${p.outlet ? ` · ${p.outlet}` : ''}`, LIMITS.title),
        description: truncate(quoteBlock(safeText(truncate(p.text, 1200))), LIMITS.description),
        footer: { text: truncate(`${p.title ? `“${p.title}” · ` : ''}score ${p.score}`, 300) },
      };
    });
    const { messages } = packEmbeds(embeds, 1);
    await interaction.editReply(
      toPayload({ content: `Passages nearest to the query (matches, not findings: use \`/verify\` for a report).`, embeds: messages[0] ?? [], files: [] }),
    );
  },
};
