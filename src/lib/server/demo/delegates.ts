import type { PlanDocumentInput } from '../../domain/plan/document';
import { NameGenerator } from './names';
import { BASE_TITLES, CATEGORY, CITY_SEATS, RESIDENTIAL_GROUPS, WARD_SEATS } from './ward';

export type DemoDelegate = NonNullable<PlanDocumentInput['delegates']>[number];

/**
 * The 182 invited delegates, in the order of the seed's list. Names are invented; phones
 * are left empty rather than invented, because a made-up number may belong to someone.
 */
export function demoDelegates(names: NameGenerator): DemoDelegate[] {
	const seat = (category: string, title: string, unit: string): DemoDelegate => ({ ...names.next(), title, unit, category });
	return [
		...CITY_SEATS.map(([title, unit]) => seat(CATEGORY.city, title, unit)),
		...WARD_SEATS.map(([title, unit]) => seat(CATEGORY.ward, title, unit)),
		...RESIDENTIAL_GROUPS.flatMap((group) => BASE_TITLES.map((title) => seat(CATEGORY.base, title, group))),
		...RESIDENTIAL_GROUPS.flatMap((group) => [0, 1, 2].map(() => seat(CATEGORY.citizens, '', group)))
	];
}

/** The delegate holding a ward seat (first one with that title). */
export function holder(delegates: DemoDelegate[], title: string): DemoDelegate {
	const found = delegates.find((d) => d.category === CATEGORY.ward && d.title === title);
	if (!found) throw new Error(`demo: no ward seat "${title}"`);
	return found;
}
