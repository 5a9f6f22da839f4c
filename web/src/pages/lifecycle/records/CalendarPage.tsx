// Deadlines and thresholds of the lifecycle (settings, each with the rule's default) and the public-holiday
// calendar behind the working-day deadlines. Everyone reads them; a province admin changes them.
import { useEffect, useState } from 'react';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api, type Answer } from '../../../api';
import { useCurrentUser } from '../../../auth/useMe';
import { DATE_FORMAT, fmtDate, toIso, todayIso } from '../../../format';
import { useWrite } from '../../../useWrite';

type Values = Record<string, number>;

export default function CalendarPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isAdmin = me.grants.some((g) => g.role === 'province_admin');
  const [year, setYear] = useState(Number(todayIso().slice(0, 4)));
  const [form] = Form.useForm();
  const [day, setDay] = useState<Dayjs | null>(null);
  const [name, setName] = useState('');
  const settings = useQuery({
    queryKey: ['lifecycleSettings'],
    queryFn: () => api.get<{ values: Values; defaults: Values }>('/api/lifecycle/settings'),
  });
  const holidays = useQuery({
    queryKey: ['holidays', year],
    queryFn: () => api.get<Answer<'GET /api/holidays'>>('/api/holidays', { year }),
  });
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data.values);
  }, [settings.data, form]);
  const saveSettings = useWrite((v: Values) => api.put('/api/lifecycle/settings', v), { invalidate: [['lifecycleSettings']], saved: true });
  const addHoliday = useWrite(() => api.put(`/api/holidays/${toIso(day)}`, { name }), {
    invalidate: [['holidays']],
    onSuccess: () => {
      setDay(null);
      setName('');
    },
    saved: true,
  });
  const delHoliday = useWrite((d: string) => api.del(`/api/holidays/${d}`), { invalidate: [['holidays']], saved: true });
  const keys = Object.keys(settings.data?.defaults ?? {});
  return (
    <div>
      <Typography.Title level={3}>{t('lifecycle.calendar.title')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('lifecycle.calendar.settings')}>
            <Form
              form={form}
              layout="horizontal"
              labelCol={{ span: 14 }}
              disabled={!isAdmin}
              onFinish={(v: Values) => saveSettings.mutate(v)}
            >
              {keys.map((k) => (
                <Form.Item
                  key={k}
                  name={k}
                  label={t(`lifecycle.calendar.keys.${k}`)}
                  extra={t('lifecycle.calendar.default', { value: settings.data!.defaults[k] })}
                >
                  <InputNumber min={0} style={{ width: 140 }} />
                </Form.Item>
              ))}
              {isAdmin && (
                <Button type="primary" htmlType="submit" loading={saveSettings.isPending}>
                  {t('lifecycle.common.save')}
                </Button>
              )}
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('lifecycle.calendar.holidays')}
            extra={
              <Select
                value={year}
                onChange={setYear}
                options={[-1, 0, 1].map((d) => {
                  const y = Number(todayIso().slice(0, 4)) + d;
                  return { value: y, label: y };
                })}
                aria-label={t('lifecycle.calendar.year')}
              />
            }
          >
            {isAdmin && (
              <Space style={{ marginBottom: 12 }} wrap>
                <DatePicker format={DATE_FORMAT} value={day} onChange={setDay} aria-label={t('lifecycle.calendar.day')} />
                <Input
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  placeholder={t('lifecycle.calendar.name')}
                  style={{ width: 220 }}
                />
                <Button disabled={!day || !name.trim()} loading={addHoliday.isPending} onClick={() => addHoliday.mutate(undefined)}>
                  {t('lifecycle.calendar.add')}
                </Button>
              </Space>
            )}
            <Table
              rowKey="day"
              size="small"
              pagination={false}
              loading={holidays.isPending}
              dataSource={holidays.data ?? []}
              columns={[
                { title: t('lifecycle.calendar.day'), dataIndex: 'day', render: fmtDate },
                { title: t('lifecycle.calendar.name'), dataIndex: 'name' },
                {
                  title: '',
                  render: (_, r) =>
                    isAdmin && (
                      <Popconfirm title={t('lifecycle.calendar.confirmDelete')} onConfirm={() => delHoliday.mutate(r.day)}>
                        <Button size="small" danger>
                          {t('lifecycle.calendar.delete')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
