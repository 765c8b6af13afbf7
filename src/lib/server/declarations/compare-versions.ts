import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireDeclaration } from './declaration-access';
import { languagesOf, pickLanguage, type DeclarationLocale } from './declaration-text';
import { findVersion } from './repository';
import type { CompareQuery } from './schemas';
import { diffVersions, type ParagraphDiff } from './version-diff';

export interface VersionComparison {
	from: number;
	to: number;
	lang: DeclarationLocale;
	languages: DeclarationLocale[];
	paragraphs: ParagraphDiff[];
}

/** Any two versions of a declaration the actor may read, compared word by word. */
export async function compareVersions(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	query: CompareQuery
): Promise<VersionComparison> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const { row } = await requireDeclaration(tx, ctx.actor, networkSlug, declarationId);
		const from = await findVersion(tx, row.id, query.from);
		const to = await findVersion(tx, row.id, query.to);
		if (!from || !to) throw new NotFoundError();
		const languages = languagesOf([...from.paragraphs, ...to.paragraphs].map((p) => p.text));
		// A language asked for is compared even where it is missing: it is never replaced by another.
		const lang = query.lang ?? pickLanguage(languages, null);
		return {
			from: from.number,
			to: to.number,
			lang,
			languages,
			paragraphs: diffVersions(from.paragraphs, to.paragraphs, lang)
		};
	});
}
