package se.samverkan.individuals.api;

import java.util.List;

import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/** Pages a short list that is read whole. */
final class Lists {

	private Lists() {
	}

	static <T> Page<T> page(List<T> all, PageRequest request) {
		List<T> items = all.stream().skip(request.offset()).limit(request.size()).toList();
		return new Page<>(items, request.page(), request.size(), all.size());
	}

}
