package se.samverkan.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counts the SQL statements a piece of work executes on the calling thread (a batch is
 * one) or the rows it reads, or lists those it prepares, around the application's
 * {@link DataSource}: how the tests prove a read takes a constant number of statements,
 * reads only the page it shows, and a write touches only what it changes (issue 7). A
 * test class imports {@link Installed}.
 */
public final class CountingDataSource extends DelegatingDataSource {

	private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

	private static final ThreadLocal<List<String>> PREPARED = new ThreadLocal<>();

	private static final ThreadLocal<long[]> ROWS = new ThreadLocal<>();

	private static final ThreadLocal<List<Bound>> BOUND = new ThreadLocal<>();

	CountingDataSource(DataSource target) {
		super(target);
	}

	/** The statements the work executed on this thread. */
	public static long statementsOf(Work work) throws Exception {
		COUNT.set(new long[1]);
		try {
			work.run();
			return COUNT.get()[0];
		}
		finally {
			COUNT.remove();
		}
	}

	/**
	 * The statements a request took on this thread; it must answer 200 OK, so that a
	 * refused or failed read is not counted as a cheap one.
	 */
	public static long statementsOf(MockMvc mvc, RequestBuilder request) throws Exception {
		return statementsOf(() -> mvc.perform(request).andExpect(status().isOk()));
	}

	/**
	 * The rows the work read on this thread: each row of a query's result it moved to,
	 * whether it used it or not.
	 */
	public static long rowsOf(Work work) throws Exception {
		ROWS.set(new long[1]);
		try {
			work.run();
			return ROWS.get()[0];
		}
		finally {
			ROWS.remove();
		}
	}

	/**
	 * The page a request answered (it must answer 200 OK) with the rows it read on this
	 * thread: what a test needs to tell the rows a page read from those it shows.
	 */
	public static Read pageRead(MockMvc mvc, RequestBuilder request) throws Exception {
		String[] body = new String[1];
		long rows = rowsOf(() -> body[0] = mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return new Read(body[0], rows);
	}

	/** A page as it was answered, and the rows read to answer it. */
	public record Read(String body, long rows) {
	}

	/** The SQL of the statements the work prepared on this thread, in order. */
	public static List<String> preparedBy(Work work) throws Exception {
		PREPARED.set(new ArrayList<>());
		try {
			work.run();
			return List.copyOf(PREPARED.get());
		}
		finally {
			PREPARED.remove();
		}
	}

	/**
	 * The statements the work prepared on this thread, in order, each with the parameters
	 * it was given: what {@link QueryPlans} explains on the database that ran them.
	 */
	public static List<Bound> boundBy(Work work) throws Exception {
		BOUND.set(new ArrayList<>());
		try {
			work.run();
			return List.copyOf(BOUND.get());
		}
		finally {
			BOUND.remove();
		}
	}

	/**
	 * A statement as it was prepared and bound: its SQL and each call that set a
	 * parameter, to be made again on another statement of the same SQL.
	 */
	public record Bound(String sql, List<Binding> bindings) {

		/** Sets the same parameters on a statement prepared from {@link #sql()}. */
		public void bind(PreparedStatement statement) throws SQLException {
			for (Binding binding : this.bindings) {
				try {
					binding.method().invoke(statement, binding.arguments());
				}
				catch (ReflectiveOperationException ex) {
					throw new SQLException("Cannot bind " + binding.method().getName(), ex);
				}
			}
		}

	}

	/**
	 * One call that set a parameter ({@code setString(1, "x")}, {@code setObject(...)}).
	 */
	public record Binding(Method method, Object[] arguments) {
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counting(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counting(super.getConnection(username, password));
	}

	private static Connection counting(Connection connection) {
		Connection counting = proxy(Connection.class, connection, CountingDataSource::counting);
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					Object result;
					try {
						result = method.invoke(counting, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
					if (BOUND.get() != null && result instanceof PreparedStatement statement
							&& method.getName().startsWith("prepare") && args != null
							&& args[0] instanceof String sql) {
						Bound bound = new Bound(sql, new ArrayList<>());
						BOUND.get().add(bound);
						return binding(statement, bound);
					}
					return result;
				});
	}

	/** Records the calls that set the statement's parameters in {@code bound}. */
	private static Object binding(PreparedStatement statement, Bound bound) {
		Class<?> type = (statement instanceof CallableStatement) ? CallableStatement.class : PreparedStatement.class;
		return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
				bound.bindings().add(new Binding(method, args.clone()));
			}
			try {
				return method.invoke(statement, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		});
	}

	private static Object counting(Object result) {
		if (result instanceof CallableStatement statement) {
			return proxy(CallableStatement.class, statement, CountingDataSource::reading);
		}
		if (result instanceof PreparedStatement statement) {
			return proxy(PreparedStatement.class, statement, CountingDataSource::reading);
		}
		if (result instanceof Statement statement) {
			return proxy(Statement.class, statement, CountingDataSource::reading);
		}
		return result;
	}

	/** A statement's result counts its rows while {@link #rowsOf} counts. */
	private static Object reading(Object result) {
		return (result instanceof ResultSet rows && ROWS.get() != null) ? proxy(ResultSet.class, rows, null) : result;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, UnaryOperator<Object> wrap) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().startsWith("execute") && COUNT.get() != null) {
				COUNT.get()[0]++;
			}
			if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
					&& PREPARED.get() != null) {
				PREPARED.get().add(sql);
			}
			try {
				Object result = method.invoke(target, args);
				if (method.getName().equals("next") && Boolean.TRUE.equals(result) && target instanceof ResultSet
						&& ROWS.get() != null) {
					ROWS.get()[0]++;
				}
				return (wrap != null && result != null) ? wrap.apply(result) : result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	/** Work whose statements are counted. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

	/** Wraps the application's data source in a {@link CountingDataSource}. */
	@TestConfiguration
	public static class Installed {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource))
							? new CountingDataSource(dataSource) : bean;
				}
			};
		}

	}

}
