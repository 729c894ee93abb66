package org.opentechmarket.evaluation.web;

import java.util.List;

import org.opentechmarket.platform.FieldViolation;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts domain violations on a form: known fields next to their input, the rest at the top of the form. */
final class FormErrors {

	private FormErrors() {
	}

	static void bind(BindingResult binding, List<FieldViolation> violations) {
		BeanWrapperImpl wrapper = new BeanWrapperImpl(binding.getTarget());
		wrapper.setAutoGrowNestedPaths(true);
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
