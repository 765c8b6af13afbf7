import { pickLocalized } from '$lib/i18n/localized';
import type { Ctx } from '../context';
import type { DeclarationSnapshotParagraph, LocalizedText } from '../db/schema';
import { withActor } from '../db/with-actor';
import { ConflictError } from '../errors';
import { requireDeclaration } from './declaration-access';
import {
	declarationLocales,
	languagesOf,
	numberParagraphs,
	pickLanguage,
	type DeclarationLocale
} from './declaration-text';
import { findConferenceById } from '../registry/repository';
import { listDeclarationSignatureRows, listParagraphRows } from './repository';

export interface AdoptedText {
	declaration: {
		title: LocalizedText;
		preambleIntro: LocalizedText;
		operativeIntro: LocalizedText;
	};
	conference: string;
	adoptedAt: Date | null;
	lang: DeclarationLocale;
	paragraphs: DeclarationSnapshotParagraph[];
	signatures: {
		participant: string;
		signatoryName: string;
		signatoryTitle: string;
		signedOn: string;
	}[];
}

/** What the exports print: only an adopted, frozen text, in the language asked for if it has it. */
export async function loadAdoptedText(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	wanted: string | null
): Promise<AdoptedText> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const { row } = await requireDeclaration(tx, ctx.actor, networkSlug, declarationId);
		if (row.status !== 'adopted') {
			throw new ConflictError('gov_decl_err_not_adopted', 'Only an adopted text is exported');
		}
		const conference = await findConferenceById(tx, row.conferenceId);
		const rows = await listParagraphRows(tx, row.id);
		const signatures = await listDeclarationSignatureRows(tx, row.id);
		const paragraphs = numberParagraphs(rows);
		// A language asked for is printed even where it is missing, marked so; never another one.
		const asked = declarationLocales.find((l) => l === wanted);
		const lang = asked ?? pickLanguage(languagesOf(paragraphs.map((p) => p.text)), null);
		return {
			declaration: row,
			conference: pickLocalized(conference?.name ?? {}, lang),
			adoptedAt: row.adoptedAt,
			lang,
			paragraphs,
			signatures: signatures.map((s) => ({
				participant: pickLocalized(s.name, lang),
				signatoryName: s.signature.signatoryName,
				signatoryTitle: s.signature.signatoryTitle,
				signedOn: s.signature.signedOn
			}))
		};
	});
}
