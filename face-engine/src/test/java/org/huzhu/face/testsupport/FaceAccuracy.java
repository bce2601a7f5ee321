package org.huzhu.face.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.huzhu.face.AnalysedFace;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FaceTemplate;
import org.huzhu.face.FrameAnalysis;
import org.huzhu.face.model.FaceBox;
import org.huzhu.face.testsupport.PublicPhotos.Photo;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Accuracy of an engine on the public photos: genuine and impostor similarities over every pair of the johns photos,
 * detection recall on the boxes of {@code faces/testing.xml}, and the liveness scores. Used by the accuracy report
 * (bench) and, with loose bounds, by a test.
 */
public final class FaceAccuracy {

    /** Similarities of all pairs; photos without a detected face are counted, not compared. */
    public record Pairs(List<Double> genuine, List<Double> impostor, List<Photo> noFace, List<Float> liveness) {

        public double falseMatchRate(double threshold) {
            return impostor.stream().filter(s -> s >= threshold).count() / (double) impostor.size();
        }

        public double falseNonMatchRate(double threshold) {
            return genuine.stream().filter(s -> s < threshold).count() / (double) genuine.size();
        }

        public double lowestGenuine() {
            return genuine.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        public double highestImpostor() {
            return impostor.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        /** The threshold where the false match and false non-match rates are closest (equal error rate). */
        public double equalErrorThreshold() {
            double best = 0;
            double gap = Double.MAX_VALUE;
            for (double t = 0; t <= 1; t += 0.001) {
                double difference = Math.abs(falseMatchRate(t) - falseNonMatchRate(t));
                if (difference < gap) {
                    gap = difference;
                    best = t;
                }
            }
            return best;
        }
    }

    /** Detection recall: annotated boxes matched by a detection with IoU at least 0.5. */
    public record Recall(int annotated, int found, int detections) {

        public double recall() {
            return found / (double) annotated;
        }
    }

    private FaceAccuracy() {
    }

    public static Pairs johnsPairs(FaceEngine engine) {
        List<Photo> photos = PublicPhotos.johns();
        List<Photo> noFace = new ArrayList<>();
        List<Float> liveness = new ArrayList<>();
        List<Photo> used = new ArrayList<>();
        List<FaceTemplate> templates = new ArrayList<>();
        for (Photo photo : photos) {
            FrameAnalysis analysis = engine.analyse(PublicPhotos.read(photo.file()));
            if (analysis.faces().isEmpty()) {
                noFace.add(photo);
                continue;
            }
            AnalysedFace face = analysis.faces().getFirst();
            used.add(photo);
            templates.add(face.template());
            liveness.add(face.liveness());
        }
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            for (int j = i + 1; j < used.size(); j++) {
                double similarity = templates.get(i).similarity(templates.get(j));
                (used.get(i).person().equals(used.get(j).person()) ? genuine : impostor).add(similarity);
            }
        }
        return new Pairs(genuine, impostor, noFace, liveness);
    }

    public static Recall detectionRecall(FaceEngine engine) {
        int annotated = 0;
        int found = 0;
        int detections = 0;
        for (Map.Entry<String, List<FaceBox>> image : testingBoxes().entrySet()) {
            FrameAnalysis analysis = engine.analyse(PublicPhotos.read(PublicPhotos.root().resolve("faces")
                    .resolve(image.getKey())));
            detections += analysis.faces().size();
            for (FaceBox truth : image.getValue()) {
                annotated++;
                if (analysis.faces().stream().anyMatch(f -> f.box().iou(truth) >= 0.5)) {
                    found++;
                }
            }
        }
        return new Recall(annotated, found, detections);
    }

    /** The annotated boxes of {@code faces/testing.xml}, by file name. */
    public static Map<String, List<FaceBox>> testingBoxes() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder()
                    .parse(PublicPhotos.root().resolve("faces").resolve("testing.xml").toFile());
            Map<String, List<FaceBox>> boxes = new TreeMap<>();
            NodeList images = document.getElementsByTagName("image");
            for (int i = 0; i < images.getLength(); i++) {
                Element image = (Element) images.item(i);
                List<FaceBox> faces = new ArrayList<>();
                NodeList children = image.getElementsByTagName("box");
                for (int j = 0; j < children.getLength(); j++) {
                    Element box = (Element) children.item(j);
                    faces.add(new FaceBox(Double.parseDouble(box.getAttribute("left")),
                            Double.parseDouble(box.getAttribute("top")), Double.parseDouble(box.getAttribute("width")),
                            Double.parseDouble(box.getAttribute("height"))));
                }
                boxes.put(image.getAttribute("file"), faces);
            }
            return boxes;
        } catch (ParserConfigurationException | SAXException | java.io.IOException e) {
            throw new AssertionError("cannot read faces/testing.xml: " + e.getMessage(), e);
        }
    }
}
