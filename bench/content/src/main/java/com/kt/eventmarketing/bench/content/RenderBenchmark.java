package com.kt.eventmarketing.bench.content;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.rendering.PosterRenderer;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Render time of the built-in renderer (single thread, as one render thread of the service runs):
 * one 1080×1080 Instagram image per style, split into drawing and PNG encoding; the plain JDK PNG
 * encoding of the same image is the same-run baseline; and a full set of 12 images (3 styles × 4
 * platforms, the A4 poster at 300 dpi with its PDF).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class RenderBenchmark {

    @State(Scope.Benchmark)
    public static class OneImage {

        @Param({"SIMPLE", "FANCY", "TRENDY"})
        public ImageStyle style;

        final PosterRenderer renderer = new PosterRenderer();
        Design design;
        BufferedImage drawn;

        @Setup
        public void setUp() {
            design = Designs.cafe(style, ImagePlatform.INSTAGRAM);
            drawn = renderer.draw(design, null);
        }
    }

    @State(Scope.Benchmark)
    public static class FullSet {

        final PosterRenderer renderer = new PosterRenderer();
        final List<Design> designs = new ArrayList<>();

        @Setup
        public void setUp() {
            for (ImagePlatform platform : ImagePlatform.values()) {
                for (ImageStyle style : ImageStyle.values()) {
                    designs.add(Designs.cafe(style, platform));
                }
            }
        }
    }

    /** What the service does per image: layout, drawing, PNG. */
    @Benchmark
    public byte[] instagramImage(OneImage state) {
        return state.renderer.render(state.design).png();
    }

    @Benchmark
    public BufferedImage instagramDrawOnly(OneImage state) {
        return state.renderer.draw(state.design, null);
    }

    @Benchmark
    public byte[] instagramEncodeOnly(OneImage state) {
        return PosterRenderer.png(state.drawn);
    }

    /** Baseline: the JDK's PNG writer at its defaults on the same pixels. */
    @Benchmark
    public byte[] baselineJdkPngEncode(OneImage state) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(state.drawn, "png", out);
        return out.toByteArray();
    }

    /** A whole request: 12 images, the poster with its PDF. */
    @Benchmark
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 5, time = 3)
    public int fullSetOfTwelve(FullSet state) {
        int bytes = 0;
        for (Design design : state.designs) {
            var poster = state.renderer.render(design);
            bytes += poster.png().length + (poster.pdf() == null ? 0 : poster.pdf().length);
        }
        return bytes;
    }
}
