import { releasabilityView } from '../access/releasability';
import type { CentreRow } from './repository';
import type { CentreView } from './schemas';

export function toCentreView(
	networkSlug: string,
	row: { centre: CentreRow; ownerCode: string },
	codes: Map<string, string>
): CentreView {
	const c = row.centre;
	return {
		id: c.id,
		network: networkSlug,
		name: c.name,
		ownerCode: row.ownerCode,
		city: c.city,
		countryCode: c.countryCode,
		contact: c.contact,
		courses: c.courses,
		unRecognition: c.unRecognition,
		releasability: releasabilityView(c, codes),
		createdAt: c.createdAt.toISOString(),
		updatedAt: c.updatedAt.toISOString()
	};
}
