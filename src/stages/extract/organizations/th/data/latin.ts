/**
 * Legal forms of companies written in Latin script inside Thai text ("… Pte. Ltd.", "… Co., Ltd.",
 * "… Inc."). Longer forms first is not needed: the parser sorts them.
 */
export const LATIN_COMPANY_SUFFIXES: readonly string[] = [
  'Co., Ltd.', 'Co.,Ltd.', 'Co. Ltd.', 'Co., Ltd', 'Pte. Ltd.', 'Pte Ltd', 'Pty. Ltd.', 'Pty Ltd', 'Sdn. Bhd.', 'Sdn Bhd',
  'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Inc', 'Incorporated', 'Corp.', 'Corporation', 'LLC', 'L.L.C.', 'PLC', 'Plc', 'PCL',
  'P.C.L.', 'GmbH', 'AG', 'JSC', 'J.S.C.', 'Tbk', 'S.A.', 'N.V.', 'B.V.', 'K.K.',
];
