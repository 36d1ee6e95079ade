// The shape of this page's action results (which form, for which target, what went wrong).
export interface FormResult {
	form?: string;
	target?: string;
	done?: boolean;
	error?: string;
	values?: Record<string, string>;
	errors?: Record<string, string>;
}
