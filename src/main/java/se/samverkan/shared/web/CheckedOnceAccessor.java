package se.samverkan.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;

/**
 * Thymeleaf's reflective property accessor, with its access check (no members of JDK and
 * framework types a template has no business reading) made once per class and property
 * instead of on every read.
 * <p>
 * SpEL keeps the accessor that last read a property of an expression, but Thymeleaf's is
 * a {@link ReflectivePropertyAccessor}: SpEL keeps the optimised accessor it makes from
 * it, which is not in the context's list of accessors, so it throws it away again on the
 * next evaluation and asks every accessor anew, Thymeleaf's checking the member each time
 * — a tenth of the person page's samples in a profile (docs/performance.md). This
 * accessor is not a reflective one, so SpEL keeps it, and it keeps, per class and
 * property, the accessor that passed the check.
 */
final class CheckedOnceAccessor implements PropertyAccessor {

	private final ReflectivePropertyAccessor checked;

	private final ClassValue<Map<String, PropertyAccessor>> passed = new ClassValue<>() {
		@Override
		protected Map<String, PropertyAccessor> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	CheckedOnceAccessor(ReflectivePropertyAccessor checked) {
		this.checked = checked;
	}

	@Override
	public Class<?>[] getSpecificTargetClasses() {
		return null;
	}

	@Override
	public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
		return reader(context, target, name) != null;
	}

	@Override
	public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
		// SpEL calls a kept accessor first, whatever the target: a target another
		// accessor is meant for (a map, the template's variables) goes back to SpEL.
		if (target != null && !meantForOthers(context, target.getClass())) {
			PropertyAccessor reader = reader(context, target, name);
			if (reader != null) {
				return reader.read(context, target, name);
			}
		}
		throw new AccessException("Not read by " + getClass().getSimpleName() + ": " + name);
	}

	private PropertyAccessor reader(EvaluationContext context, Object target, String name) throws AccessException {
		if (target == null || target instanceof Class<?>) {
			return this.checked.canRead(context, target, name) ? this.checked : null;
		}
		Map<String, PropertyAccessor> readers = this.passed.get(target.getClass());
		PropertyAccessor reader = readers.get(name);
		// canRead throws for a forbidden member, so nothing forbidden is ever kept.
		if (reader == null && this.checked.canRead(context, target, name)) {
			reader = this.checked.createOptimalAccessor(context, target, name);
			readers.put(name, reader);
		}
		return reader;
	}

	private boolean meantForOthers(EvaluationContext context, Class<?> type) {
		for (PropertyAccessor accessor : context.getPropertyAccessors()) {
			Class<?>[] types = (accessor != this) ? accessor.getSpecificTargetClasses() : null;
			if (types != null) {
				for (Class<?> meant : types) {
					if (meant.isAssignableFrom(type)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	@Override
	public boolean canWrite(EvaluationContext context, Object target, String name) throws AccessException {
		return this.checked.canWrite(context, target, name);
	}

	@Override
	public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
		this.checked.write(context, target, name, newValue);
	}

}
