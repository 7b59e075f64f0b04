package se.samverkan.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the contract writes it: {@code {items, page, size, total}}.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = List.copyOf(items);
	}

	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.total);
	}

	public int pageCount() {
		return (this.size == 0) ? 0 : (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pageCount();
	}

}
