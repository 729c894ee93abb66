package org.opentechmarket.platform;

import java.util.List;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts domain violations on a page's form: known fields next to their input, the rest at the top of the form. */
public final class FormErrors {

	private FormErrors() {
	}

	/** Binds an INVALID refusal to the form; any other refusal is rethrown for the error page. */
	public static void bind(BindingResult binding, DomainException e) {
		if (e.kind() != DomainException.Kind.INVALID) {
			throw e;
		}
		if (e.violations().isEmpty()) {
			binding.reject(e.code(), e.args(), e.code());
		}
		bind(binding, e.violations());
	}

	public static void bind(BindingResult binding, List<FieldViolation> violations) {
		BeanWrapperImpl wrapper = new BeanWrapperImpl(binding.getTarget());
		for (FieldViolation v : violations) {
			boolean known;
			try {
				known = wrapper.isReadableProperty(v.field());
			}
			catch (RuntimeException e) {
				known = false;
			}
			if (known) {
				binding.rejectValue(v.field(), v.code(), v.argsArray(), v.code());
			}
			else {
				binding.reject(v.code(), v.argsArray(), v.code());
			}
		}
	}
}
