// Static query cost, as a cost-limiting federation gateway (Apollo Router's demand control,
// the IBM cost specification) estimates it before executing anything:
//
//   operation = 10 for a mutation, 0 for a query
//   field     = instances × (weight + cost of its selections)
//     weight    = @cost(weight:) on the field, else @cost on its type, else 1 for an
//                 object / interface / union and 0 for a scalar or enum
//     instances = 1, or for a list: the size from the parent's @listSize(sizedFields:)
//                 or the field's own @listSize (its slicingArguments' value in the
//                 request, else the argument's default; else assumedSize), else the
//                 gateway's assumed list size (`defaultListSize`)
//   fragments on a concrete type of an abstract parent: the most expensive one counts.
//
// The directives are read from the platform's schema (shared/moderne/schema.graphql); the
// sandbox's own schema carries none.
import fs from 'node:fs';
import {
  parse, Kind, valueFromASTUntyped, getNamedType, getNullableType, isListType, isCompositeType,
  isAbstractType,
} from 'graphql';

/** { fields: Map("Type.field" -> { weight?, listSize? }), types: Map(type -> weight) } */
export function loadCostDirectives(schemaPath) {
  const doc = parse(fs.readFileSync(schemaPath, 'utf8'), { noLocation: true });
  const fields = new Map();
  const types = new Map();
  const read = (directives) => {
    const out = {};
    for (const d of directives || []) {
      const name = d.name.value;
      const args = Object.fromEntries((d.arguments || []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      if (name === 'cost') out.weight = Number(args.weight);
      if (name === 'listSize' || name === 'cost__listSize') out.listSize = args;
    }
    return out;
  };
  for (const def of doc.definitions) {
    if (!def.name) continue;
    const typeName = def.name.value;
    const own = read(def.directives);
    if (own.weight !== undefined) types.set(typeName, own.weight);
    for (const f of def.fields || []) {
      const d = read(f.directives);
      if (d.weight !== undefined || d.listSize) fields.set(`${typeName}.${f.name.value}`, d);
    }
  }
  return { fields, types };
}

function argValue(fieldNode, fieldDef, name, variables) {
  const node = (fieldNode.arguments || []).find((a) => a.name.value === name);
  if (node) {
    if (node.value.kind === Kind.VARIABLE) {
      const v = variables ? variables[node.value.name.value] : undefined;
      if (v !== undefined) return v;
    } else {
      return valueFromASTUntyped(node.value, variables);
    }
  }
  const def = fieldDef.args.find((a) => a.name === name);
  return def ? def.defaultValue : undefined;
}

/**
 * Estimated cost of the operation `operationName` (or the only one) in `document`, which
 * must be valid against `schema`.
 */
export function estimateCost({ schema, document, operationName, variables, directives, defaultListSize = 10 }) {
  const ops = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name && o.name.value === operationName) : ops[0];
  if (!op) return 0;
  const fragments = new Map(document.definitions
    .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

  function sliceSize(listSize, fieldNode, fieldDef) {
    let size;
    for (const name of listSize.slicingArguments || []) {
      const v = argValue(fieldNode, fieldDef, name, variables);
      if (Number.isInteger(v)) size = size === undefined ? v : Math.max(size, v);
    }
    if (size === undefined && Number.isInteger(listSize.assumedSize)) size = listSize.assumedSize;
    return size === undefined ? defaultListSize : size;
  }

  function fieldCost(parentType, fieldNode, sized) {
    const name = fieldNode.name.value;
    if (name.startsWith('__')) return 0;
    const fieldDef = parentType.getFields()[name];
    if (!fieldDef) return 0;
    const named = getNamedType(fieldDef.type);
    const dir = directives.fields.get(`${parentType.name}.${name}`) || {};
    let weight = dir.weight;
    if (weight === undefined) weight = directives.types.get(named.name);
    if (weight === undefined) weight = isCompositeType(named) ? 1 : 0;
    let instances = 1;
    if (isListType(getNullableType(fieldDef.type))) {
      if (sized && sized.has(name)) instances = sized.get(name);
      else if (dir.listSize && !(dir.listSize.sizedFields || []).length) instances = sliceSize(dir.listSize, fieldNode, fieldDef);
      else instances = defaultListSize;
    }
    let childSized = null;
    if (dir.listSize && (dir.listSize.sizedFields || []).length) {
      const size = sliceSize(dir.listSize, fieldNode, fieldDef);
      childSized = new Map(dir.listSize.sizedFields.map((f) => [f, size]));
    }
    const children = fieldNode.selectionSet ? selectionCost(named, fieldNode.selectionSet, childSized) : 0;
    return instances * (weight + children);
  }

  function selectionCost(parentType, selectionSet, sized, seen = new Set()) {
    let always = 0;
    const conditional = new Map(); // concrete type name -> cost
    const addConditional = (typeName, selSet) => {
      const t = schema.getType(typeName);
      if (!t) return;
      conditional.set(typeName, (conditional.get(typeName) || 0) + selectionCost(t, selSet, sized, seen));
    };
    for (const sel of selectionSet.selections) {
      if (sel.kind === Kind.FIELD) {
        always += fieldCost(parentType, sel, sized);
      } else {
        let typeName;
        let selSet;
        if (sel.kind === Kind.INLINE_FRAGMENT) {
          typeName = sel.typeCondition ? sel.typeCondition.name.value : parentType.name;
          selSet = sel.selectionSet;
        } else {
          const frag = fragments.get(sel.name.value);
          if (!frag || seen.has(frag.name.value)) continue;
          typeName = frag.typeCondition.name.value;
          selSet = frag.selectionSet;
        }
        if (typeName === parentType.name || !isAbstractType(parentType) || isAbstractType(schema.getType(typeName))) {
          const t = typeName === parentType.name ? parentType : schema.getType(typeName);
          always += selectionCost(t || parentType, selSet, sized, seen);
        } else {
          addConditional(typeName, selSet);
        }
      }
    }
    let worst = 0;
    for (const c of conditional.values()) worst = Math.max(worst, c);
    return always + worst;
  }

  const base = op.operation === 'mutation' ? 10 : 0;
  const root = schema.getRootType(op.operation);
  return root ? base + selectionCost(root, op.selectionSet, null) : base;
}

/** The error a cost-limiting gateway (Apollo Router demand control) answers with. */
export function costError(estimated, max) {
  return {
    message: `query estimated cost ${estimated} exceeded configured maximum ${max}`,
    extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', 'cost.estimated': estimated, 'cost.max': max },
  };
}
