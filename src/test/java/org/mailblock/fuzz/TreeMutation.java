package org.mailblock.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A change to the parsed tree of a fact file: fields and sections dropped, list entries
 * duplicated, values retyped, corrupted or nested, keys renamed, entries reordered. Which node is
 * changed is an index into the tree's nodes in document order, taken modulo their number, so every
 * index hits a node, whatever the tree's size.
 */
public sealed interface TreeMutation {

    JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Changes the tree in place. */
    void apply(ObjectNode root);

    /** Removes a field or a list entry. */
    record Drop(int node) implements TreeMutation {
        @Override
        public void apply(ObjectNode root) {
            Spot.pick(root, node).ifPresent(Spot::remove);
        }
    }

    /** Removes a whole top-level section, such as {@code tenant} or {@code ndrs}. */
    record DropSection(int section) implements TreeMutation {
        @Override
        public void apply(ObjectNode root) {
            List<String> names = new ArrayList<>();
            root.fieldNames().forEachRemaining(names::add);
            if (!names.isEmpty()) {
                root.remove(names.get(Math.floorMod(section, names.size())));
            }
        }
    }

    /** Repeats the list entry that holds the node, right after it. */
    record DuplicateEntry(int node) implements TreeMutation {
        @Override
        public void apply(ObjectNode root) {
            Spot.pick(root, node).flatMap(spot -> spot.enclosingEntry(root)).ifPresent(Spot::duplicate);
        }
    }

    /** Replaces a value by one of another kind. */
    record Retype(int node, Kind kind) implements TreeMutation {
        @Override
        public void apply(ObjectNode root) {
            Spot.pick(root, node).ifPresent(spot -> spot.replace(kind.value(spot.node())));
        }
    }

    /** Replaces a value by a hostile one of the same or another kind. */
    record Corrupt(int node, Corruption value) implements TreeMutation {
        @Override
        public void apply(ObjectNode root) {
            Spot.pick(root, node).ifPresent(spot -> spot.replace(value.node().deepCopy()));
        }
    }

    /** Gives a field another name: a typo, another case, an empty or exotic key. */
    record RenameKey(int node, String newName) implements TreeMutation {
        @Override
        public void apply(ObjectNode root) {
            Spot.pick(root, node).ifPresent(spot -> spot.rename(newName));
        }
    }

    /** Reverses the order of the fields or entries of the container holding the node. */
    record Reorder(int node) implements TreeMutation {
        @Override
        public void apply(ObjectNode root) {
            Spot.pick(root, node).ifPresent(spot -> reverse(spot.parent()));
        }

        private static void reverse(ContainerNode<?> container) {
            if (container instanceof ArrayNode list) {
                List<JsonNode> items = new ArrayList<>();
                list.forEach(items::add);
                Collections.reverse(items);
                list.removeAll();
                list.addAll(items);
            } else if (container instanceof ObjectNode mapping) {
                List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(mapping.properties());
                Collections.reverse(fields);
                Map<String, JsonNode> reversed = new LinkedHashMap<>();
                fields.forEach(f -> reversed.put(f.getKey(), f.getValue()));
                mapping.removeAll();
                mapping.setAll(reversed);
            }
        }
    }

    /** Wraps a value in lists or mappings, {@code depth} levels deep (beyond the loader's limit when deep enough). */
    record Nest(int node, int depth, boolean inLists) implements TreeMutation {
        @Override
        public void apply(ObjectNode root) {
            Spot.pick(root, node).ifPresent(spot -> {
                JsonNode value = spot.node();
                for (int i = 0; i < depth; i++) {
                    value = inLists ? NODES.arrayNode().add(value) : NODES.objectNode().set("level", value);
                }
                spot.replace(value);
            });
        }
    }

    /** The kinds of YAML value a field can be given instead of its own. */
    enum Kind {
        TEXT, WHOLE_NUMBER, NEGATIVE_NUMBER, FRACTION, TRUE, FALSE, NULL, EMPTY_LIST, LIST, EMPTY_MAPPING, MAPPING;

        JsonNode value(JsonNode original) {
            return switch (this) {
                case TEXT -> NODES.textNode(original.isValueNode() && !original.isTextual() ? original.asText() : "text");
                case WHOLE_NUMBER -> NODES.numberNode(42);
                case NEGATIVE_NUMBER -> NODES.numberNode(-7);
                case FRACTION -> NODES.numberNode(1.5);
                case TRUE -> NODES.booleanNode(true);
                case FALSE -> NODES.booleanNode(false);
                case NULL -> NODES.nullNode();
                case EMPTY_LIST -> NODES.arrayNode();
                case LIST -> NODES.arrayNode().add(original.deepCopy());
                case EMPTY_MAPPING -> NODES.objectNode();
                case MAPPING -> NODES.objectNode().set("value", original.deepCopy());
            };
        }
    }

    /** A place in the tree: the node, and where it sits in its parent. */
    record Spot(ContainerNode<?> parent, String field, int index, JsonNode node) {

        /** Every node but the root, in document order. */
        static List<Spot> all(ObjectNode root) {
            List<Spot> spots = new ArrayList<>();
            collect(root, spots);
            return spots;
        }

        static Optional<Spot> pick(ObjectNode root, int index) {
            List<Spot> spots = all(root);
            return spots.isEmpty() ? Optional.empty() : Optional.of(spots.get(Math.floorMod(index, spots.size())));
        }

        private static void collect(JsonNode container, List<Spot> spots) {
            if (container instanceof ObjectNode mapping) {
                for (Map.Entry<String, JsonNode> field : mapping.properties()) {
                    spots.add(new Spot(mapping, field.getKey(), -1, field.getValue()));
                    collect(field.getValue(), spots);
                }
            } else if (container instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    spots.add(new Spot(list, null, i, list.get(i)));
                    collect(list.get(i), spots);
                }
            }
        }

        void remove() {
            if (parent instanceof ObjectNode mapping) {
                mapping.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void replace(JsonNode value) {
            if (parent instanceof ObjectNode mapping) {
                mapping.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void duplicate() {
            ((ArrayNode) parent).insert(index + 1, node.deepCopy());
        }

        void rename(String newName) {
            if (!(parent instanceof ObjectNode mapping)) {
                return;
            }
            Map<String, JsonNode> renamed = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> f : mapping.properties()) {
                renamed.put(f.getKey().equals(field) ? newName : f.getKey(), f.getValue());
            }
            mapping.removeAll();
            mapping.setAll(renamed);
        }

        /** The nearest list entry that is this node or holds it. */
        Optional<Spot> enclosingEntry(ObjectNode root) {
            List<Spot> spots = all(root);
            Spot current = this;
            while (current != null) {
                if (current.parent() instanceof ArrayNode) {
                    return Optional.of(current);
                }
                Spot child = current;
                current = spots.stream().filter(s -> s.node() == child.parent()).findFirst().orElse(null);
            }
            return Optional.empty();
        }
    }
}
