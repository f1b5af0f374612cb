/** Problems shown next to a form's field, with the field's own label ({label}, in lower case). */
export const formsMessages = {
	'form.problem.required': { vi: 'Xin nhập {label}.', en: 'Please enter the {label}.' },
	'form.problem.choose': { vi: 'Xin chọn {label}.', en: 'Please choose the {label}.' },
	'form.problem.invalid': { vi: 'Xin kiểm tra lại {label}: chưa đúng.', en: 'Please check the {label}: it is not right.' },
	'form.problem.atLeast': { vi: 'Xin nhập một số từ {minimum} trở lên.', en: 'Please enter a number of {minimum} or more.' },
	'form.problem.atMost': { vi: 'Xin nhập một số không quá {maximum}.', en: 'Please enter a number no more than {maximum}.' },
	'form.problem.tooLong': {
		vi: 'Dài quá {maximum} ký tự (đang có {length}), xin viết ngắn lại.',
		en: 'Longer than {maximum} characters ({length} now); please shorten it.'
	},
	'form.problem.phone': {
		vi: 'Số điện thoại chỉ gồm chữ số, thường là 10 số (ví dụ 0912 345 678).',
		en: 'A phone number is digits only, usually 10 (for example 0912 345 678).'
	},
	'form.problem.unitOther': { vi: 'Xin ghi tên tổ dân phố, thôn hoặc cơ quan.', en: 'Please write the residential group, village or agency.' },
	'unitPicker.none': { vi: '— chọn —', en: '— choose —' },
	'unitPicker.other': { vi: 'Khác (ghi rõ)', en: 'Other (write it)' },
	'unitPicker.otherLabel': { vi: 'Ghi rõ tổ dân phố, thôn hoặc cơ quan', en: 'Write the residential group, village or agency' },
	'unitPicker.orOther': { vi: 'Hoặc ghi đơn vị khác (nếu không có trong danh sách)', en: 'Or write another unit (if not in the list)' },
	'form.problem.summary': { vi: 'Xin xem lại các ô có ghi chú màu đỏ.', en: 'Please check the fields marked in red.' },
	'form.textLimit': { vi: 'Tối đa {maximum} ký tự.', en: 'At most {maximum} characters.' },
	'form.textCount': { vi: 'Đã viết {length}/{maximum} ký tự.', en: '{length}/{maximum} characters written.' }
} as const satisfies Record<string, { vi: string; en: string }>;
