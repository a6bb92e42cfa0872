package dev.rapport.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Inline SVG charts, written as XML-clean strings: a line chart with optional confidence bands,
 * grouped bars, stacked bars above and below an axis, and a funnel. Each chart has a title for
 * screen readers and a legend. Stateless.
 */
final class Svg {
  /** The Okabe-Ito palette: distinguishable with the common kinds of colour blindness. */
  static final String[] COLOURS = {
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D1F", "#000000"
  };

  private static final int WIDTH = 720;

  /** The width of a small chart in a grid of small multiples. */
  static final int SMALL = 380;

  private static final int LEFT = 56;
  private static final int RIGHT = 44;
  private static final int TOP = 16;

  private Svg() {}

  /** One line of a line chart: a value per x position (empty: no data), and optional bands. */
  record Line(
      String name,
      List<OptionalDouble> values,
      List<OptionalDouble> lows,
      List<OptionalDouble> highs,
      String colour,
      boolean bold) {}

  /** One series of bars: a value per group. */
  record Bars(String name, List<Long> values, String colour) {}

  /** One step of a funnel. */
  record Step(String name, long value, String note) {}

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static StringBuilder open(String title, int height) {
    return open(title, WIDTH, height);
  }

  private static StringBuilder open(String title, int width, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" class=\"chart\"><title>")
        .append(esc(title))
        .append("</title>");
    return svg;
  }

  private static void legend(StringBuilder svg, List<String> names, List<String> colours, int y) {
    int x = LEFT;
    for (int i = 0; i < names.size(); i++) {
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y - 9)
          .append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"")
          .append(colours.get(i))
          .append("\"/><text x=\"")
          .append(x + 17)
          .append("\" y=\"")
          .append(y + 1)
          .append("\" class=\"legend\">")
          .append(esc(names.get(i)))
          .append("</text>");
      x += 30 + (int) Math.ceil(names.get(i).length() * 7.0);
    }
  }

  /**
   * A line chart over {@code labels} from {@code min} to {@code max}, with horizontal grid lines
   * every {@code step}, values formatted by {@code format} (a {@link String#format} pattern for the
   * axis), and a band behind each line that has one.
   */
  static String lineChart(
      String title,
      List<String> labels,
      List<Line> lines,
      double min,
      double max,
      double step,
      String format,
      int height) {
    return lineChart(title, labels, lines, min, max, step, format, WIDTH, height, true);
  }

  /** A line chart as above, {@code width} wide, with or without a legend. */
  static String lineChart(
      String title,
      List<String> labels,
      List<Line> lines,
      double min,
      double max,
      double step,
      String format,
      int width,
      int height,
      boolean withLegend) {
    int legendY = height - 8;
    int bottom = height - (withLegend ? 52 : 30);
    StringBuilder svg = open(title, width, height);
    double plotWidth = width - LEFT - RIGHT;
    int n = labels.size();
    double dx = n > 1 ? plotWidth / (n - 1) : 0;
    java.util.function.DoubleUnaryOperator y =
        v -> bottom - (Math.max(min, Math.min(max, v)) - min) / (max - min) * (bottom - TOP);
    for (double g = min; g <= max + 1e-9; g += step) {
      double gy = y.applyAsDouble(g);
      svg.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(width - RIGHT)
          .append("\" y1=\"")
          .append(num(gy))
          .append("\" y2=\"")
          .append(num(gy))
          .append("\" class=\"grid\"/><text x=\"")
          .append(LEFT - 8)
          .append("\" y=\"")
          .append(num(gy + 4))
          .append("\" class=\"axis\" text-anchor=\"end\">")
          .append(esc(axisLabel(format, g)))
          .append("</text>");
    }
    for (int i = 0; i < n; i++) {
      double x = LEFT + (n > 1 ? i * dx : plotWidth / 2);
      svg.append("<text x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(bottom + 20)
          .append("\" class=\"axis\" text-anchor=\"middle\">")
          .append(esc(labels.get(i)))
          .append("</text>");
    }
    for (Line line : lines) {
      if (line.lows() != null) {
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (int i = 0; i < n; i++) {
          if (line.lows().get(i).isPresent() && line.highs().get(i).isPresent()) {
            double x = LEFT + (n > 1 ? i * dx : plotWidth / 2);
            upper
                .append(upper.length() == 0 ? "" : " ")
                .append(num(x))
                .append(',')
                .append(num(y.applyAsDouble(line.highs().get(i).getAsDouble())));
            lower.insert(
                0, num(x) + "," + num(y.applyAsDouble(line.lows().get(i).getAsDouble())) + " ");
          }
        }
        if (upper.length() > 0) {
          svg.append("<polygon points=\"")
              .append(upper)
              .append(' ')
              .append(lower.toString().trim())
              .append("\" fill=\"")
              .append(line.colour())
              .append("\" fill-opacity=\"0.15\"/>");
        }
      }
    }
    for (Line line : lines) {
      StringBuilder points = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      for (int i = 0; i < n; i++) {
        OptionalDouble v = line.values().get(i);
        if (v.isEmpty()) {
          continue;
        }
        double x = LEFT + (n > 1 ? i * dx : plotWidth / 2);
        double py = y.applyAsDouble(v.getAsDouble());
        points.append(points.length() == 0 ? "" : " ").append(num(x)).append(',').append(num(py));
        dots.append("<circle cx=\"")
            .append(num(x))
            .append("\" cy=\"")
            .append(num(py))
            .append("\" r=\"")
            .append(line.bold() ? 4 : 3)
            .append("\" fill=\"")
            .append(line.colour())
            .append("\"><title>")
            .append(esc(line.name()))
            .append(", ")
            .append(esc(labels.get(i)))
            .append(": ")
            .append(esc(String.format(Locale.ROOT, format, v.getAsDouble())))
            .append("</title></circle>");
      }
      svg.append("<polyline points=\"")
          .append(points)
          .append("\" fill=\"none\" stroke=\"")
          .append(line.colour())
          .append("\" stroke-width=\"")
          .append(line.bold() ? 3 : 2)
          .append("\" stroke-linejoin=\"round\"/>")
          .append(dots);
    }
    if (withLegend) {
      legend(
          svg,
          lines.stream().map(Line::name).toList(),
          lines.stream().map(Line::colour).toList(),
          legendY);
    }
    return svg.append("</svg>").toString();
  }

  private static String axisLabel(String format, double value) {
    return Math.abs(value) < 1e-9 ? "0" : String.format(Locale.ROOT, format, value);
  }

  /** Bars grouped by {@code groups}, one bar per series in each group, with their values. */
  static String groupedBars(String title, List<String> groups, List<Bars> series, int height) {
    int legendY = height - 8;
    int bottom = height - 52;
    StringBuilder svg = open(title, height);
    long max = 1;
    for (Bars bars : series) {
      for (long v : bars.values()) {
        max = Math.max(max, v);
      }
    }
    double groupWidth = (double) (WIDTH - LEFT - RIGHT) / groups.size();
    double barWidth = Math.min(48, groupWidth * 0.8 / series.size());
    svg.append("<line x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y1=\"")
        .append(bottom)
        .append("\" y2=\"")
        .append(bottom)
        .append("\" class=\"baseline\"/>");
    for (int g = 0; g < groups.size(); g++) {
      double centre = LEFT + groupWidth * (g + 0.5);
      double x0 = centre - barWidth * series.size() / 2;
      for (int s = 0; s < series.size(); s++) {
        long v = series.get(s).values().get(g);
        double h = (double) v / max * (bottom - TOP - 16);
        double x = x0 + s * barWidth;
        svg.append("<rect x=\"")
            .append(num(x + 1))
            .append("\" y=\"")
            .append(num(bottom - h))
            .append("\" width=\"")
            .append(num(barWidth - 2))
            .append("\" height=\"")
            .append(num(h))
            .append("\" fill=\"")
            .append(series.get(s).colour())
            .append("\"><title>")
            .append(esc(groups.get(g) + ", " + series.get(s).name() + ": " + Fmt.count(v)))
            .append("</title></rect><text x=\"")
            .append(num(x + barWidth / 2))
            .append("\" y=\"")
            .append(num(bottom - h - 4))
            .append("\" class=\"value\" text-anchor=\"middle\">")
            .append(Fmt.count(v))
            .append("</text>");
      }
      svg.append("<text x=\"")
          .append(num(centre))
          .append("\" y=\"")
          .append(bottom + 20)
          .append("\" class=\"axis\" text-anchor=\"middle\">")
          .append(esc(groups.get(g)))
          .append("</text>");
    }
    legend(
        svg,
        series.stream().map(Bars::name).toList(),
        series.stream().map(Bars::colour).toList(),
        legendY);
    return svg.append("</svg>").toString();
  }

  /**
   * Bars stacked above the axis ({@code up}) and below it ({@code down}) for each of {@code
   * groups}: inflows and outflows.
   */
  static String stackedBars(
      String title, List<String> groups, List<Bars> up, List<Bars> down, int height) {
    int legendY = height - 8;
    int bottom = height - 52;
    StringBuilder svg = open(title, height);
    long maxUp = 1;
    long maxDown = 1;
    for (int g = 0; g < groups.size(); g++) {
      long u = 0;
      long d = 0;
      for (Bars bars : up) {
        u += bars.values().get(g);
      }
      for (Bars bars : down) {
        d += bars.values().get(g);
      }
      maxUp = Math.max(maxUp, u);
      maxDown = Math.max(maxDown, d);
    }
    double scale = (bottom - TOP - 12.0) / (maxUp + maxDown);
    double axis = TOP + maxUp * scale;
    double groupWidth = (double) (WIDTH - LEFT - RIGHT) / groups.size();
    double barWidth = Math.min(64, groupWidth * 0.6);
    for (int g = 0; g < groups.size(); g++) {
      double x = LEFT + groupWidth * (g + 0.5) - barWidth / 2;
      double top = axis;
      for (Bars bars : up) {
        long v = bars.values().get(g);
        double h = v * scale;
        top -= h;
        svg.append(
            rect(
                x,
                top,
                barWidth,
                h,
                bars.colour(),
                groups.get(g) + ", " + bars.name() + ": +" + Fmt.count(v)));
      }
      svg.append("<text x=\"")
          .append(num(x + barWidth / 2))
          .append("\" y=\"")
          .append(num(top - 4))
          .append("\" class=\"value\" text-anchor=\"middle\">+")
          .append(Fmt.count(sum(up, g)))
          .append("</text>");
      double below = axis;
      for (Bars bars : down) {
        long v = bars.values().get(g);
        double h = v * scale;
        svg.append(
            rect(
                x,
                below,
                barWidth,
                h,
                bars.colour(),
                groups.get(g) + ", " + bars.name() + ": -" + Fmt.count(v)));
        below += h;
      }
      svg.append("<text x=\"")
          .append(num(x + barWidth / 2))
          .append("\" y=\"")
          .append(num(below + 13))
          .append("\" class=\"value\" text-anchor=\"middle\">-")
          .append(Fmt.count(sum(down, g)))
          .append("</text>");
      svg.append("<text x=\"")
          .append(num(x + barWidth / 2))
          .append("\" y=\"")
          .append(bottom + 20)
          .append("\" class=\"axis\" text-anchor=\"middle\">")
          .append(esc(groups.get(g)))
          .append("</text>");
    }
    svg.append("<line x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y1=\"")
        .append(num(axis))
        .append("\" y2=\"")
        .append(num(axis))
        .append("\" class=\"baseline\"/>");
    List<Bars> all = new java.util.ArrayList<>(up);
    all.addAll(down);
    legend(
        svg,
        all.stream().map(Bars::name).toList(),
        all.stream().map(Bars::colour).toList(),
        legendY);
    return svg.append("</svg>").toString();
  }

  private static long sum(List<Bars> series, int group) {
    long total = 0;
    for (Bars bars : series) {
      total += bars.values().get(group);
    }
    return total;
  }

  private static String rect(double x, double y, double w, double h, String colour, String tip) {
    return "<rect x=\""
        + num(x)
        + "\" y=\""
        + num(y)
        + "\" width=\""
        + num(w)
        + "\" height=\""
        + num(h)
        + "\" fill=\""
        + colour
        + "\"><title>"
        + esc(tip)
        + "</title></rect>";
  }

  /** A funnel: one centred bar per step, its width proportional to its value. */
  static String funnel(String title, List<Step> steps) {
    int rowHeight = 46;
    int height = TOP + steps.size() * rowHeight + 8;
    StringBuilder svg = open(title, height);
    long max = Math.max(1, steps.get(0).value());
    double full = WIDTH - 2 * 150;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      double w = Math.max(2, full * step.value() / max);
      double x = WIDTH / 2.0 - w / 2;
      double y = TOP + i * rowHeight;
      svg.append(
          rect(x, y, w, rowHeight - 10, COLOURS[0], step.name() + ": " + Fmt.count(step.value()))
              .replace(
                  "fill=\"" + COLOURS[0] + "\"",
                  "fill=\"" + COLOURS[0] + "\" fill-opacity=\"" + num(1 - i * 0.12) + "\""));
      svg.append("<text x=\"")
          .append(num(x - 10))
          .append("\" y=\"")
          .append(num(y + 23))
          .append("\" class=\"label\" text-anchor=\"end\">")
          .append(esc(step.name()))
          .append("</text><text x=\"")
          .append(num(x + w + 10))
          .append("\" y=\"")
          .append(num(y + 23))
          .append("\" class=\"label\"><tspan class=\"strong\">")
          .append(Fmt.count(step.value()))
          .append("</tspan> ")
          .append(esc(step.note()))
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }
}
