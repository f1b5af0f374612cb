/** What the office sets for the meeting's documents (issue 11); stored with the meeting. */
export interface DocumentSigner {
	/** "TM." / "KT." (Decree 30), "T/M" / "K/T" (HD 36), or "" to sign in one's own name. */
	authority: string;
	/** The collective signed for: "Ủy ban nhân dân", "Ban Thường vụ". */
	body: string;
	position: string;
	name: string;
}

export interface DocumentOffice {
	/** Numbers from the office's register ("05"); "" leaves the blank. */
	bienBanNumber: string;
	noticeNumber: string;
	/** "" uses the layout's usual symbol (BB-UBND / BB/ĐU, TB-UBND / TB/ĐU). */
	bienBanSymbol: string;
	noticeSymbol: string;
	/** Place in the notice's date line; "" reads it from the issuing body. */
	placeName: string;
	/** null: the chair signs for the host (T/M Ban Thường vụ, Bí thư / TM. Ủy ban nhân dân, Chủ tịch). */
	noticeSigner: DocumentSigner | null;
	extraRecipients: { bienBan: string[]; notice: string[] };
	/** The chair marked the content complex: the notice may take 15 working days, not 10. */
	complex: boolean;
	/**
	 * ISO date the conclusion notice was issued, once the office enters it: the answer period of
	 * every assignment counts from it (`record/deadline.ts`). null: not yet (the due date counts).
	 */
	noticeIssuedOn: string | null;
}

export function emptyDocumentOffice(): DocumentOffice {
	return {
		bienBanNumber: '',
		noticeNumber: '',
		bienBanSymbol: '',
		noticeSymbol: '',
		placeName: '',
		noticeSigner: null,
		extraRecipients: { bienBan: [], notice: [] },
		complex: false,
		noticeIssuedOn: null
	};
}
