package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.exposurecheck.ui.common.CjkFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chinese renders as glyphs, not as the empty boxes JavaFX draws when no usable font has them. Runs where
 * a CJK TrueType font is installed (CI installs one); elsewhere the app shows its missing-font banner.
 */
@ExtendWith(ApplicationExtension.class)
class CjkRenderingTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 80));
        stage.show();
    }

    @Test
    void chineseCharactersDrawDifferentlyFromMissingGlyphs() throws Exception {
        assumeTrue(CjkFonts.available(), "no CJK TrueType font on this machine");
        WritableImage chinese = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> snapshot("陳大文")));
        WritableImage missing = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> snapshot("\uE000\uE001\uE002")));
        WritableImage otherChinese = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> snapshot("李小明")));
        assertThat(samePixels(chinese, missing)).as("Chinese drawn like private-use (missing) glyphs").isFalse();
        assertThat(samePixels(chinese, otherChinese)).as("different characters draw differently").isFalse();
    }

    private WritableImage snapshot(String text) {
        Text node = new Text(text);
        node.setStyle("-fx-font-size: 24px;");
        StackPane root = new StackPane(node);
        stage.getScene().setRoot(root);
        return root.snapshot(null, null);
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
