package se.samverkan.annualreport;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The annual report's charts, drawn on the server with JFreeChart as PNG and embedded as
 * data URIs in the page and the PDF (the page's text alternative is the table beside it).
 */
final class Charts {

	private static final Color BAR = new Color(0x1d, 0x4f, 0x91);

	private Charts() {
	}

	static String bars(String title, Map<String, ? extends Number> values, String axis) {
		System.setProperty("java.awt.headless", "true");
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		values.forEach((label, value) -> data.addValue(value, axis, label));
		JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, false,
				false, false);
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.GRAY);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setSeriesPaint(0, BAR);
		renderer.setShadowVisible(false);
		try {
			byte[] png = ChartUtils.encodeAsPNG(chart.createBufferedImage(640, 60 + 32 * Math.max(values.size(), 1)));
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
