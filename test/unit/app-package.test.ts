import { AppManifestUtils } from '@microsoft/app-manifest';
test('load', () => {
  expect(typeof AppManifestUtils.validateAgainstSchema).toBe('function');
});
